// GET /api/n/[network]/meetings/[id]/attachments/[attachmentId] – download one attachment of a meeting
import { getAttachment } from "@/features/meetings/attendance/queries";
import { withNetwork } from "@/server/access/route";

export const dynamic = "force-dynamic";

/** RFC 6266: an ASCII fallback name and the exact UTF-8 one. */
function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "_");
  return `attachment; filename="${ascii || "piece-jointe"}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const GET = withNetwork<{ network: string; id: string; attachmentId: string }>(
  "events.read",
  async (_request, ctx, { id, attachmentId }) => {
    const file = await getAttachment(ctx.db, { networkId: ctx.network.id, eventId: id, id: attachmentId });
    if (!file) return null;
    return new Response(new Uint8Array(file.content), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.size),
        "Content-Disposition": contentDisposition(file.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  },
);

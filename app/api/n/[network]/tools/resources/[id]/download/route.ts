// GET /api/n/[network]/tools/resources/[id]/download – stream a document (or open a link), counted as one use
import { NextResponse } from "next/server";
import { getResource } from "@/features/tools/queries";
import { recordDownloadOf } from "@/features/tools/mutations";
import { withNetwork } from "@/server/access/route";
import { readFile, statFile } from "@/server/storage";

export const dynamic = "force-dynamic";

/** RFC 6266: an ASCII fallback name and the exact UTF-8 one. */
function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "_");
  return `attachment; filename="${ascii || "document"}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export const GET = withNetwork<{ network: string; id: string }>("tools.read", async (_request, ctx, { id }) => {
  const scope = { networkId: ctx.network.id, userId: ctx.userId };
  const row = await getResource(ctx.db, { ...scope, canModerate: ctx.can("tools.publish"), id });
  if (!row) return null;
  const r = row.resource;
  if (r.kind === "link" && r.url && /^https?:\/\//i.test(r.url)) {
    await recordDownloadOf(ctx.db, { ...scope, resourceId: r.id });
    return NextResponse.redirect(r.url, 303);
  }
  if (!r.fileId) return null;
  const file = await statFile(ctx.db, { networkId: ctx.network.id, id: r.fileId });
  if (!file) return null;
  await recordDownloadOf(ctx.db, { ...scope, resourceId: r.id });
  return new Response(readFile(ctx.db, { networkId: ctx.network.id, id: file.id }), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(r.fileName ?? "document"),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});

// GET /api/n/[network]/tools/kits/[id]/photos/[photoId] – one photo of a kit, streamed from storage
import { getItemPhoto } from "@/features/tools/queries";
import { withNetwork } from "@/server/access/route";
import { readFile, statFile } from "@/server/storage";

export const dynamic = "force-dynamic";

export const GET = withNetwork<{ network: string; id: string; photoId: string }>(
  "tools.read",
  async (_request, ctx, { id, photoId }) => {
    const photo = await getItemPhoto(ctx.db, { networkId: ctx.network.id, itemId: id, id: photoId });
    if (!photo) return null;
    const file = await statFile(ctx.db, { networkId: ctx.network.id, id: photo.fileId });
    if (!file) return null;
    return new Response(readFile(ctx.db, { networkId: ctx.network.id, id: file.id }), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.size),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'",
        "Cache-Control": "private, max-age=3600",
      },
    });
  },
);

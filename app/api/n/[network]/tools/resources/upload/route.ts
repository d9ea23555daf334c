// POST /api/n/[network]/tools/resources/upload – share (or propose) a library document, its bytes streamed into storage
import { revalidatePath } from "next/cache";
import { handleResourceUpload, maxUploadRequestBytes } from "@/features/tools/upload";
import { withNetwork } from "@/server/access/route";

export const dynamic = "force-dynamic";

export const POST = withNetwork<{ network: string }>(
  "tools.propose",
  async (request, ctx) => {
    const response = await handleResourceUpload(request, ctx);
    if (response.ok) revalidatePath(`/n/${ctx.network.slug}/tools`, "layout");
    return response;
  },
  { maxBodyBytes: maxUploadRequestBytes, streamBody: true },
);

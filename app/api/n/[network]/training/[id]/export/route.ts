// GET /api/n/[network]/training/[id]/export?what=attendance|enrolments&format=csv|xlsx – a cycle's attendance or enrolments
import { z } from "zod";
import { exportCycle, exportFormats, exportKinds } from "@/features/training/export";
import { withNetwork } from "@/server/access/route";

export const dynamic = "force-dynamic";

const querySchema = z.object({ what: z.enum(exportKinds).default("attendance"), format: z.enum(exportFormats).default("csv") });

export const GET = withNetwork<{ network: string; id: string }>("training.write", async (request, ctx, { id }) => {
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success || !z.uuid().safeParse(id).success) return null;
  const file = await exportCycle(ctx.db, { networkId: ctx.network.id, cycleId: id, ...query.data, locale: ctx.locale });
  if (!file) return null;
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "cache-control": "no-store",
    },
  });
});

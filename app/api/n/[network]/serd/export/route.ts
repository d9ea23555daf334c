// GET /api/n/[network]/serd/export?edition=<id>&format=csv|xlsx – the edition's labelled actions for ADEME, one row per occurrence
import { z } from "zod";
import { exportSerdEdition, serdExportFormats } from "@/features/serd/export";
import { withNetwork } from "@/server/access/route";

export const dynamic = "force-dynamic";

const querySchema = z.object({ edition: z.uuid(), format: z.enum(serdExportFormats).default("csv") });

export const GET = withNetwork("serd.export", async (request, ctx) => {
  // A malformed edition id is a missing edition.
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return null;
  const file = await exportSerdEdition(ctx.db, {
    networkId: ctx.network.id,
    networkSlug: ctx.network.slug,
    editionId: query.data.edition,
    format: query.data.format,
  });
  if (!file) return null;
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "cache-control": "no-store",
    },
  });
});

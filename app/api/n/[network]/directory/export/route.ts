// GET /api/n/[network]/directory/export?kind=organisations|contacts&format=csv|xlsx&<list filters> – the filtered list as a file
import { NextResponse } from "next/server";
import { z } from "zod";
import { exportDirectory, exportFormats } from "@/features/directory/export";
import { importKinds } from "@/features/directory/import/schemas";
import { contactFiltersSchema, organisationFiltersSchema } from "@/features/directory/schemas";
import { resolveLocale } from "@/lib/i18n/config";
import { withNetwork } from "@/server/access/route";

export const dynamic = "force-dynamic";

const exportQuerySchema = z.object({ kind: z.enum(importKinds), format: z.enum(exportFormats) });

export const GET = withNetwork("directory.export", async (request, ctx) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const query = exportQuerySchema.safeParse(params);
  if (!query.success) {
    return NextResponse.json({ error: ctx.t("import.export.badRequest") }, { status: 400 });
  }
  const { kind, format } = query.data;
  // Every matching row, not one page of the list.
  const { page: _page, ...filters } =
    kind === "organisations" ? organisationFiltersSchema.parse(params) : contactFiltersSchema.parse(params);
  const file = await exportDirectory(ctx.db, {
    networkId: ctx.network.id,
    networkSlug: ctx.network.slug,
    kind,
    format,
    filters,
    locale: resolveLocale(ctx.locale),
  });
  return new Response(file.body, {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "cache-control": "no-store",
    },
  });
});

// GET /api/n/[network]/directory/contacts/[id]/export – everything Relais holds about one person, as JSON (GDPR access right)
import { getLocale } from "next-intl/server";
import { NextResponse } from "next/server";
import { z } from "zod";
import { exportContactData, exportFileName } from "@/features/directory/gdpr/queries";
import { withNetwork } from "@/server/access/server";
import { looseTranslator } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

export const GET = withNetwork<{ network: string; id: string }>(
  "directory.gdpr",
  async (_request, ctx, { id }) => {
    const data = z.uuid().safeParse(id).success
      ? await exportContactData(ctx.db, { networkId: ctx.network.id, id })
      : null;
    if (!data) {
      const t = looseTranslator(await getLocale());
      return NextResponse.json({ error: t("errors.not_found") }, { status: 404 });
    }
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName(data.contact, data.exportedAt)}"`,
        // Personal data: never kept by a browser or proxy cache.
        "Cache-Control": "no-store",
      },
    });
  },
);

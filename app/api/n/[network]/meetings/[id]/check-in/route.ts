// GET /api/n/[network]/meetings/[id]/check-in – the day's check-in list, polled by every phone marking attendance
import { getLocale } from "next-intl/server";
import { NextResponse } from "next/server";
import { getAttendanceEvent, listAttendance } from "@/features/meetings/attendance/queries";
import { withNetwork } from "@/server/access/server";
import { isUuid } from "@/lib/domain/ids";
import { looseTranslator } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

// Same permission and same query as the check-in page (meetings/[id]/attendance/page.tsx).
export const GET = withNetwork<{ network: string; id: string }>(
  "events.attendance",
  async (_request, ctx, { id }) => {
    const scope = { networkId: ctx.network.id, eventId: id };
    const event = isUuid(id) ? await getAttendanceEvent(ctx.db, scope) : undefined;
    if (!event) {
      const t = looseTranslator(await getLocale());
      return NextResponse.json({ error: t("errors.not_found") }, { status: 404 });
    }
    const rows = await listAttendance(ctx.db, scope);
    // Names and signatures: never kept by a shared cache.
    return NextResponse.json({ rows }, { headers: { "Cache-Control": "no-store" } });
  },
);

// GET /api/n/[network]/meetings/[id]/check-in – the day's check-in list, polled by every phone marking attendance
import { NextResponse } from "next/server";
import { getAttendanceEvent, listAttendance } from "@/features/meetings/attendance/queries";
import { withNetwork } from "@/server/access/route";

export const dynamic = "force-dynamic";

// Same permission and same query as the check-in page (meetings/[id]/attendance/page.tsx).
export const GET = withNetwork<{ network: string; id: string }>(
  "events.attendance",
  async (_request, ctx, { id }) => {
    const scope = { networkId: ctx.network.id, eventId: id };
    const event = await getAttendanceEvent(ctx.db, scope);
    if (!event) return null;
    const rows = await listAttendance(ctx.db, scope);
    // Names and signatures: never kept by a shared cache.
    return NextResponse.json({ rows }, { headers: { "Cache-Control": "no-store" } });
  },
);

// GET /api/n/[network]/tools/kits/[id]/calendar?month=YYYY-MM – one kit's month of reservations, refetched by its calendar
import { NextResponse } from "next/server";
import { getKitMonth } from "@/features/tools/queries";
import { calendarMonthSchema } from "@/features/tools/schemas";
import { withNetwork } from "@/server/access/route";

export const dynamic = "force-dynamic";

// Same permission and same query as the kit's page (tools/kits/[id]/page.tsx).
export const GET = withNetwork<{ network: string; id: string }>("tools.read", async (request, ctx, { id }) => {
  const { month } = calendarMonthSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const data = await getKitMonth(ctx.db, { networkId: ctx.network.id, itemId: id, month });
  if (!data) return null;
  return NextResponse.json(data, { headers: { "Cache-Control": "private, no-store" } });
});

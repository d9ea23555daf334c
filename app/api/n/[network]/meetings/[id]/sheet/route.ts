// GET /api/n/[network]/meetings/[id]/sheet – the attendance sheet (feuille d'émargement) as a printable PDF
import { getAttendanceEvent, listAttendance } from "@/features/meetings/attendance/queries";
import { buildAttendanceSheet } from "@/features/meetings/attendance/sheet";
import { withNetwork } from "@/server/access/route";
import { parisDateKey } from "@/lib/domain/paris-time";

export const dynamic = "force-dynamic";

export const GET = withNetwork<{ network: string; id: string }>(
  "events.attendance",
  async (_request, ctx, { id }) => {
    const scope = { networkId: ctx.network.id, eventId: id };
    const event = await getAttendanceEvent(ctx.db, scope);
    if (!event) return null;
    const rows = await listAttendance(ctx.db, scope);
    const pdf = await buildAttendanceSheet(event, rows, {
      networkName: ctx.network.name,
      logoUrl: ctx.network.logoUrl,
    });
    const day = parisDateKey(event.startsAt);
    return new Response(Buffer.from(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="emargement-${day}.pdf"`,
        // Names and signatures: never kept by a shared cache.
        "Cache-Control": "no-store",
      },
    });
  },
);

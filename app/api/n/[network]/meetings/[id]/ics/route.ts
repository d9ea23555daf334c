// GET /api/n/[network]/meetings/[id]/ics – calendar file of one event
import { calendarEventOf } from "@/features/meetings/calendar/event-ics";
import { loadEventDetails } from "@/features/meetings/rsvp/event-details";
import { withNetwork } from "@/server/access/route";
import { buildCalendar, icsHeaders } from "@/server/calendar/ics";
import { parisDateKey } from "@/lib/domain/paris-time";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

export const GET = withNetwork<{ network: string; id: string }>(
  "events.read",
  async (_request, ctx, { id }) => {
    const event = await loadEventDetails(ctx.db, { networkId: ctx.network.id, eventId: id });
    if (!event) return null;
    const url = `${env().APP_URL}/n/${ctx.network.slug}/meetings/${event.id}`;
    const ics = buildCalendar({ name: ctx.network.name, events: [calendarEventOf(event, url)] });
    return new Response(ics, {
      headers: icsHeaders(`reunion-${parisDateKey(event.startsAt)}.ics`),
    });
  },
);

// GET /rsvp/[token]/ics – the invited event's calendar file, through the personal answer link
import { calendarEventOf } from "@/features/meetings/calendar/event-ics";
import { findAnswerByToken } from "@/features/meetings/rsvp/answers";
import { withToken } from "@/server/access/route";
import { buildCalendar, icsHeaders } from "@/server/calendar/ics";

export const dynamic = "force-dynamic";

export const GET = withToken("token", "token", async (_request, { db }, token) => {
  const view = await findAnswerByToken(db, token);
  if (!view) return null;
  const ics = buildCalendar({ name: view.event.networkName, events: [calendarEventOf(view.event, null)] });
  return new Response(ics, { headers: icsHeaders("invitation.ics") });
});

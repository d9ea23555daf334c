// GET /rsvp/[token]/ics – the invited event's calendar file, through the personal answer link
import { getDb } from "@/db/client";
import { calendarEventOf } from "@/features/meetings/calendar/event-ics";
import { findAnswerByToken } from "@/features/meetings/rsvp/answers";
import { buildCalendar, icsHeaders } from "@/server/calendar/ics";
import { getLocale } from "next-intl/server";
import { looseTranslator } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = token.length <= 200 ? await findAnswerByToken(getDb(), token) : null;
  if (!view)
    return new Response(looseTranslator(await getLocale())("errors.not_found"), {
      status: 404,
      headers: { "Cache-Control": "no-store" },
    });
  const ics = buildCalendar({ name: view.event.networkName, events: [calendarEventOf(view.event, null)] });
  return new Response(ics, { headers: icsHeaders("invitation.ics") });
}

// GET /api/n/[network]/meetings/[id]/ics – calendar file of one event
import { getLocale } from "next-intl/server";
import { NextResponse } from "next/server";
import { calendarEventOf } from "@/features/meetings/calendar/event-ics";
import { loadEventDetails } from "@/features/meetings/rsvp/event-details";
import { withNetwork } from "@/server/access/server";
import { buildCalendar, icsHeaders } from "@/server/calendar/ics";
import { isUuid } from "@/lib/domain/ids";
import { parisDateKey } from "@/lib/domain/paris-time";
import { env } from "@/server/env";
import { looseTranslator } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";

export const GET = withNetwork<{ network: string; id: string }>(
  "events.read",
  async (_request, ctx, { id }) => {
    const event = isUuid(id)
      ? await loadEventDetails(ctx.db, { networkId: ctx.network.id, eventId: id })
      : null;
    if (!event) {
      const t = looseTranslator(await getLocale());
      return NextResponse.json({ error: t("errors.not_found") }, { status: 404 });
    }
    const url = `${env().APP_URL}/n/${ctx.network.slug}/meetings/${event.id}`;
    const ics = buildCalendar({ name: ctx.network.name, events: [calendarEventOf(event, url)] });
    return new Response(ics, {
      headers: icsHeaders(`reunion-${parisDateKey(event.startsAt)}.ics`),
    });
  },
);

import "server-only";
import type { Db } from "@/db/types";
import { buildCalendar } from "@/server/calendar/ics";
import { looseTranslator } from "@/lib/i18n/messages";
import { getPublicOccurrence } from "./queries";
import { addDays, parisInstant } from "@/lib/domain/paris-time";

/**
 * The calendar file of one labelled occurrence, or null. Times are Paris wall-clock values turned
 * into instants; an occurrence without times spans its whole day (the wrapper has no all-day events).
 */
export async function occurrenceCalendar(
  db: Db,
  { id, appUrl, locale }: { id: string; appUrl: string; locale: string },
): Promise<{ fileName: string; body: string } | null> {
  const o = await getPublicOccurrence(db, { id });
  if (!o) return null;
  const t = looseTranslator(locale);
  const url = `${appUrl.replace(/\/$/, "")}/agenda/${o.networkSlug}/actions/${o.actionId}`;
  let start = parisInstant(o.date, o.startTime ?? "00:00");
  let end = o.endTime ? parisInstant(o.date, o.endTime) : new Date(start.getTime() + 2 * 3_600_000);
  if (!o.startTime) {
    start = parisInstant(o.date);
    end = parisInstant(addDays(o.date, 1));
  }
  if (end <= start) end = new Date(start.getTime() + 3_600_000);
  const description = [
    o.description,
    o.startTime ? null : t("agenda.ics.noTimes"),
    t("agenda.ics.more", { url }),
  ]
    .filter(Boolean)
    .join("\n\n");
  const body = buildCalendar({
    name: o.networkName,
    events: [
      {
        uid: `serd-occurrence-${o.id}@relais`,
        start,
        end,
        summary: o.title,
        description,
        location: [o.place, o.address, o.communeName].filter(Boolean).join(", ") || null,
        url,
      },
    ],
  });
  return { fileName: `serd-${o.date}-${o.id.slice(0, 8)}.ics`, body };
}

import { getTranslations } from "next-intl/server";
import type { EventDetails } from "@/features/meetings/rsvp/event-details";
import { locationOf } from "@/features/meetings/rsvp/event-details";
import { whenOf } from "@/features/meetings/rsvp/mails";
import { translator } from "@/lib/i18n/messages";

/** An event's date, place or link and agenda, as an invitee reads it (nothing about other people). */
export async function EventSummary({ event, locale }: { event: EventDetails; locale: string }) {
  const t = await getTranslations("rsvp.answer");
  const location = locationOf(event);
  return (
    <dl className="grid grid-cols-[minmax(6rem,auto)_1fr] gap-x-4 gap-y-2">
      <dt className="font-semibold">{t("when")}</dt>
      <dd>
        <time dateTime={event.startsAt.toISOString()}>{whenOf(translator(locale), event)}</time>
      </dd>
      {location ? (
        <>
          <dt className="font-semibold">{t("place")}</dt>
          <dd>{location}</dd>
        </>
      ) : null}
      {event.onlineUrl ? (
        <>
          <dt className="font-semibold">{t("online")}</dt>
          <dd>
            <a className="break-all underline" href={event.onlineUrl} rel="noopener noreferrer">
              {event.onlineUrl}
            </a>
          </dd>
        </>
      ) : null}
      {event.agenda.length ? (
        <>
          <dt className="font-semibold">{t("agenda")}</dt>
          <dd>
            <ol className="list-decimal space-y-1 pl-5">
              {event.agenda.map((a, i) => (
                <li key={i}>
                  {a.title}
                  {a.durationMinutes ? ` (${t("agendaDuration", { minutes: a.durationMinutes })})` : ""}
                  {a.speaker ? `, ${t("agendaSpeaker", { speaker: a.speaker })}` : ""}
                </li>
              ))}
            </ol>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

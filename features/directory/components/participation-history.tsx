import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { EventType, ParticipationStatus } from "@/lib/domain/enums";
import { parisDateKey } from "@/lib/domain/paris-time";
import { formatMediumDay } from "@/lib/i18n/format-day";

// The "Participation au réseau" card of an organisation's or a person's page: one section a year.

type Serd = { id: string; title: string; status: string; year: number; role: "lead" | "coorganiser" };
type Training = { cycleId: string; title: string; startsOn: string; status: string };
type Base = { eventId: string; title: string; eventType: EventType; startsAt: Date };
export type OrgMeetingRow = Base & { status: string; invited: number; answered: number; present: number; excused: number };
export type ContactMeetingRow = Base & { eventStatus: string; status: ParticipationStatus; walkIn: boolean };
type Year<M> = { year: number; meetings: M[]; serd: Serd[]; trainings: Training[] };

export async function ParticipationHistory(
  props: { networkSlug: string } & (
    | { kind: "organisation"; years: Year<OrgMeetingRow>[] }
    | { kind: "contact"; years: Year<ContactMeetingRow>[] }
  ),
) {
  const [t, tMeetings, tRsvp, tSerd, tTraining, locale] = await Promise.all([
    getTranslations("directory.participation"),
    getTranslations("meetings"),
    getTranslations("rsvp.statuses"),
    getTranslations("serd"),
    getTranslations("training.enrolmentStatuses"),
    getLocale(),
  ]);
  const base = `/n/${props.networkSlug}`;
  if (props.years.length === 0) return <p className="text-muted">{t(`empty.${props.kind}`)}</p>;
  const day = (d: Date) => formatMediumDay(parisDateKey(d), locale);
  return (
    <div className="space-y-6">
      {props.years.map((y) => {
        const meetings = y.meetings as (OrgMeetingRow | ContactMeetingRow)[];
        const summary =
          props.kind === "organisation"
            ? t("summary.organisation", {
                meetings: meetings.length,
                present: (y.meetings as OrgMeetingRow[]).filter((m) => m.present > 0).length,
                serd: y.serd.length,
                trainings: y.trainings.length,
              })
            : t("summary.contact", {
                meetings: meetings.length,
                present: (y.meetings as ContactMeetingRow[]).filter((m) => m.status === "present" || m.status === "late")
                  .length,
                serd: y.serd.length,
                trainings: y.trainings.length,
              });
        return (
          <section key={y.year} aria-labelledby={`year-${y.year}`}>
            <h3 id={`year-${y.year}`} className="text-lg font-semibold">
              {y.year}
            </h3>
            <p className="mb-2 text-sm text-muted">{summary}</p>
            {meetings.length ? (
              <>
                <h4 className="mt-2 font-semibold">{t("meetings")}</h4>
                <ul className="divide-y divide-line">
                  {meetings.map((m) => (
                    <li key={m.eventId} className="flex flex-wrap gap-x-2 py-1">
                      <time dateTime={m.startsAt.toISOString()} className="min-w-24">
                        {day(m.startsAt)}
                      </time>
                      <Link className="underline" href={`${base}/meetings/${m.eventId}`}>
                        {m.title}
                      </Link>
                      <span className="text-muted">{tMeetings(`eventTypes.${m.eventType}`)}</span>
                      <span>
                        {"invited" in m
                          ? t("counts", { invited: m.invited, answered: m.answered, present: m.present, excused: m.excused })
                          : `${tRsvp(m.status)}${m.walkIn ? ` · ${t("walkIn")}` : ""}`}
                      </span>
                      {("invited" in m ? m.status : m.eventStatus) === "cancelled" ? (
                        <span className="text-muted">({tMeetings("statuses.cancelled")})</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {y.serd.length ? (
              <>
                <h4 className="mt-3 font-semibold">
                  {props.kind === "organisation" ? t("serd") : t("serdOfOrganisation")}
                </h4>
                <ul className="divide-y divide-line">
                  {y.serd.map((s) => (
                    <li key={s.id} className="flex flex-wrap gap-x-2 py-1">
                      <Link className="underline" href={`${base}/serd/actions/${s.id}`}>
                        {s.title}
                      </Link>
                      <span className="text-muted">{t(`serdRoles.${s.role}`)}</span>
                      <span>{tSerd(`statuses.${s.status}` as "statuses.draft")}</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {y.trainings.length ? (
              <>
                <h4 className="mt-3 font-semibold">{t("trainings")}</h4>
                <ul className="divide-y divide-line">
                  {y.trainings.map((c) => (
                    <li key={c.cycleId} className="flex flex-wrap gap-x-2 py-1">
                      <span className="min-w-24">{formatMediumDay(c.startsOn, locale)}</span>
                      <Link className="underline" href={`${base}/training/${c.cycleId}`}>
                        {c.title}
                      </Link>
                      {props.kind === "contact" ? (
                        <span>{tTraining(c.status as "enrolled")}</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

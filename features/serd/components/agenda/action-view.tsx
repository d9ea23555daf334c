import type { PublicAction, PublicNetwork } from "@/features/serd/agenda/types";
import { translator } from "@/lib/i18n/messages";
import { AgendaBrand } from "./agenda-brand";
import { agendaPath } from "./agenda-view";
import { formatDay } from "@/lib/i18n/format-day";
import { placeLabel, serdLabel, timeLabel } from "./format";

export function occurrenceIcsPath(occurrenceId: string): string {
  return `/api/public/serd/occurrences/${occurrenceId}`;
}

/** One labelled action as the public sees it; people appear only with their consent (query side). */
export function ActionView({
  network,
  action,
  locale,
}: {
  network: PublicNetwork;
  action: PublicAction;
  locale: string;
}) {
  const t = translator(locale);
  const facts: [string, string][] = [
    [t("agenda.themes"), action.themes.map((k) => serdLabel(t, "themes", k)).join(", ")],
    [t("agenda.publics"), action.targetPublics.map((k) => serdLabel(t, "publics", k)).join(", ")],
    [t("agenda.format"), action.format ? serdLabel(t, "formats", action.format) : ""],
  ];
  return (
    <>
      <AgendaBrand network={network} />
      <p className="mb-4">
        <a className="underline underline-offset-2" href={agendaPath(network.slug, action.edition.year)}>
          {t("agenda.action.back", { year: action.edition.year })}
        </a>
      </p>
      <h1 className="text-2xl font-bold">{action.title}</h1>
      <dl className="mt-4 grid grid-cols-[minmax(6rem,auto)_1fr] gap-x-4 gap-y-1">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {action.description ? (
        <section aria-labelledby="action-description" className="mt-8">
          <h2 id="action-description" className="mb-2 text-xl font-semibold">
            {t("agenda.action.description")}
          </h2>
          {/* Text as typed by the organiser: line breaks kept, never parsed as HTML. */}
          <p className="whitespace-pre-line">{action.description}</p>
        </section>
      ) : null}
      <section aria-labelledby="action-occurrences" className="mt-8">
        <h2 id="action-occurrences" className="mb-3 text-xl font-semibold">
          {t("agenda.action.occurrences")}
        </h2>
        <ul className="space-y-3">
          {action.occurrences.map((o) => {
            const day = formatDay(o.date, locale);
            const place = placeLabel(o);
            return (
              <li key={o.id} className="rounded-lg border border-line p-4">
                <p className="font-semibold first-letter:uppercase">{day}</p>
                <p>{timeLabel(t, o)}</p>
                {place ? <p>{place}</p> : null}
                <a
                  className="mt-2 inline-flex min-h-11 items-center underline underline-offset-2"
                  href={occurrenceIcsPath(o.id)}
                  aria-label={t("agenda.action.addToCalendarLabel", { date: day })}
                  download
                >
                  {t("agenda.action.addToCalendar")}
                </a>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="action-organisers" className="mt-8">
        <h2 id="action-organisers" className="mb-3 text-xl font-semibold">
          {t("agenda.action.organisers")}
        </h2>
        <ul className="space-y-3">
          {action.organisers.map((o) => (
            <li key={o.id}>
              <p>
                <span className="font-semibold">{o.name}</span>{" "}
                <span className="text-sm text-muted">
                  ({o.lead ? t("agenda.action.lead") : t("agenda.action.coorganiser")})
                </span>
              </p>
              {o.website && /^https?:\/\//i.test(o.website) ? (
                <p>
                  <a
                    className="underline underline-offset-2"
                    href={o.website}
                    rel="noopener noreferrer"
                    aria-label={t("agenda.action.website", { name: o.name })}
                  >
                    {o.website}
                  </a>
                </p>
              ) : null}
              {o.contacts.length ? (
                <ul className="mt-1 text-sm">
                  {o.contacts.map((c) => (
                    <li key={`${c.name}-${c.email}`}>
                      {t("agenda.action.contacts")} : {c.name}
                      {c.email ? (
                        <>
                          {" "}
                          –{" "}
                          <a className="underline underline-offset-2" href={`mailto:${c.email}`}>
                            {c.email}
                          </a>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import type { AgendaData, AgendaOccurrence } from "@/features/serd/agenda/types";
import { serdPublics, serdThemes } from "@/lib/domain/enums";
import { translator } from "@/lib/i18n/messages";
import { AgendaBrand } from "./agenda-brand";
import { AgendaMap, type MapPoint } from "./agenda-map";
import { formatDay, formatShortDay } from "@/lib/i18n/format-day";
import { placeLabel, serdLabel, timeLabel, type AgendaT } from "./format";

// The public agenda of one edition, server-rendered from plain data: synchronous, so that the
// benchmark renders the very component the page shows with renderToString. Links are plain <a>:
// the page needs no client JavaScript but the map's.

export function agendaPath(slug: string, year?: number): string {
  return year === undefined ? `/agenda/${slug}` : `/agenda/${slug}/${year}`;
}

export function actionPath(slug: string, actionId: string): string {
  return `/agenda/${slug}/actions/${actionId}`;
}

function groupByDay(occurrences: AgendaOccurrence[]) {
  const groups: { day: string; items: AgendaOccurrence[] }[] = [];
  for (const o of occurrences) {
    const last = groups.at(-1);
    if (last?.day === o.date) last.items.push(o);
    else groups.push({ day: o.date, items: [o] });
  }
  return groups;
}

function Filters({ data, t, locale, path }: { data: AgendaData; t: AgendaT; locale: string; path: string }) {
  const select = (
    name: keyof AgendaData["filters"],
    label: string,
    all: string,
    options: [string, string][],
  ) => (
    <SelectField label={label} name={name} defaultValue={data.filters[name] ?? ""}>
      <option value="">{all}</option>
      {options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </SelectField>
  );
  return (
    <form
      method="get"
      action={path}
      role="search"
      aria-label={t("agenda.filters.label")}
      className="mb-6 rounded-lg border border-line bg-surface p-4"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {select(
          "theme",
          t("agenda.filters.theme"),
          t("agenda.filters.allThemes"),
          serdThemes.map((k) => [k, serdLabel(t, "themes", k)]),
        )}
        {select(
          "public",
          t("agenda.filters.public"),
          t("agenda.filters.allPublics"),
          serdPublics.map((k) => [k, serdLabel(t, "publics", k)]),
        )}
        {select(
          "commune",
          t("agenda.filters.commune"),
          t("agenda.filters.allCommunes"),
          data.communes.map((c) => [c.id, c.name]),
        )}
        {select(
          "day",
          t("agenda.filters.day"),
          t("agenda.filters.allDays"),
          data.days.map((d) => [d, formatDay(d, locale, false)]),
        )}
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="submit" className={buttonVariants()}>
          {t("agenda.filters.apply")}
        </button>
        <a href={path} className={buttonVariants({ variant: "secondary" })}>
          {t("agenda.filters.reset")}
        </a>
      </div>
    </form>
  );
}

function OccurrenceItem({ o, t, slug }: { o: AgendaOccurrence; t: AgendaT; slug: string }) {
  const place = placeLabel(o);
  return (
    <li className="rounded-lg border border-line p-4">
      <h4 className="text-base font-semibold">
        <a className="underline underline-offset-2" href={actionPath(slug, o.actionId)}>
          {o.title}
        </a>
      </h4>
      <p className="mt-1 text-sm">
        <span className="font-semibold">{timeLabel(t, o)}</span>
        {place ? <> · {place}</> : null}
      </p>
      <p className="text-sm text-muted">{t("agenda.organisedBy", { name: o.leadName })}</p>
      {o.themes.length ? (
        <p className="mt-2 text-sm">
          <span className="sr-only">{t("agenda.themes")} : </span>
          {o.themes.map((k) => serdLabel(t, "themes", k)).join(" · ")}
        </p>
      ) : null}
    </li>
  );
}

export function AgendaView({
  data,
  locale,
  tileUrl,
  tileAttribution,
  explicitYear,
}: {
  data: AgendaData;
  locale: string;
  tileUrl?: string;
  tileAttribution?: string;
  /** The URL names the year (the filter form and links keep it). */
  explicitYear: boolean;
}) {
  const t = translator(locale);
  const { network, edition } = data;
  const path = agendaPath(network.slug, explicitYear ? edition.year : undefined);
  const points: MapPoint[] = data.occurrences
    .filter((o) => o.latitude !== null && o.longitude !== null)
    .map((o) => ({
      id: o.id,
      lat: o.latitude as number,
      lng: o.longitude as number,
      title: o.title,
      when: `${formatShortDay(o.date, locale)}, ${timeLabel(t, o)}`,
      href: actionPath(network.slug, o.actionId),
    }));
  const groups = groupByDay(data.occurrences);
  const otherYears = data.years.filter((y) => y !== edition.year);
  let list: ReactNode;
  if (groups.length === 0) {
    const filtered = Object.values(data.filters).some(Boolean);
    list = <p>{filtered ? t("agenda.empty") : t("agenda.emptyEdition")}</p>;
  } else {
    list = groups.map((g) => (
      <section key={g.day} aria-labelledby={`day-${g.day}`} className="mb-8">
        <h3 id={`day-${g.day}`} className="mb-3 text-lg font-semibold first-letter:uppercase">
          {formatDay(g.day, locale)}
        </h3>
        <ul className="space-y-3">
          {g.items.map((o) => (
            <OccurrenceItem key={o.id} o={o} t={t} slug={network.slug} />
          ))}
        </ul>
      </section>
    ));
  }
  return (
    <>
      <AgendaBrand network={network} />
      <h1 className="text-2xl font-bold">{t("agenda.heading", { year: edition.year })}</h1>
      <p className="mt-1 text-muted">
        {t("agenda.dates", {
          start: formatDay(edition.startsOn, locale),
          end: formatDay(edition.endsOn, locale),
        })}
      </p>
      {edition.nationalTheme ? (
        <p className="mt-1">{t("agenda.nationalTheme", { theme: edition.nationalTheme })}</p>
      ) : null}
      <div className="mt-6">
        <Filters data={data} t={t} locale={locale} path={path} />
      </div>
      <p className="mb-4 font-semibold" id="agenda-count">
        {t("agenda.results", { count: data.occurrences.length })}
      </p>
      {points.length ? (
        <section aria-labelledby="agenda-map-title" className="mb-8">
          <h2 id="agenda-map-title" className="mb-2 text-xl font-semibold">
            {t("agenda.map.title")}
          </h2>
          <AgendaMap
            points={points}
            tileUrl={tileUrl}
            tileAttribution={tileAttribution}
            labels={{
              region: t("agenda.map.label"),
              listAlternative: t("agenda.map.listAlternative"),
              noTiles: t("agenda.map.noTiles"),
              loading: t("agenda.map.loading"),
              failed: t("agenda.map.failed"),
              details: t("agenda.map.details"),
            }}
          />
        </section>
      ) : null}
      <section aria-labelledby="agenda-list-title">
        <h2 id="agenda-list-title" className="mb-4 text-xl font-semibold">
          {t("agenda.listTitle")}
        </h2>
        {list}
      </section>
      {otherYears.length ? (
        <nav aria-label={t("agenda.otherYears")} className="mt-8">
          <h2 className="mb-2 text-lg font-semibold">{t("agenda.otherYears")}</h2>
          <ul className="flex flex-wrap gap-2">
            {otherYears.map((y) => (
              <li key={y}>
                <a className={buttonVariants({ variant: "secondary" })} href={agendaPath(network.slug, y)}>
                  {t("agenda.yearLink", { year: y })}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  );
}

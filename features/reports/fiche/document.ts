import type { Translate } from "@/lib/i18n/messages";
import { formatUnitValue, type UnitFormatOptions } from "@/lib/i18n/format-value";
import { formatMediumDay } from "@/lib/i18n/format-day";
import { ficheSections, type FicheTextField, type FicheTexts } from "./constants";
import type { FicheFigures, Range } from "./figures";

// A fiche as a document: the OPTIGEDE sections in order, each part with its computed lines and the
// coordinator's text. The PDF, the Markdown and the page all render this one structure.

export type FichePart = {
  key: FicheTextField;
  heading: string;
  /** False for the part that is its whole section (Contexte): the section heading says it. */
  showHeading: boolean;
  lines: string[];
  text: string;
};
export type FicheDocument = {
  title: string;
  kicker: string;
  header: string[];
  computedAt: string;
  sections: { key: string; heading: string; parts: FichePart[] }[];
};

export type FicheHeader = {
  title: string;
  structure: string;
  contactName: string;
  contactEmail: string | null;
  /** When the fiche was last saved (its texts or its figures). */
  updatedAt: Date;
  figuresComputedAt: Date;
};

/** Number formats of a fiche; French thin spaces become no-break spaces (a standard PDF font has them). */
export function numberFormats(locale: string) {
  const clean = (s: string) => s.replace(/\u202f/g, "\u00a0");
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const eur = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: "always" });
  return {
    number: (v: number) => clean(n.format(v)),
    euros: (v: number) => clean(eur.format(v)),
    percent: (v: number) => clean(pct.format(v)),
    growth: (v: number) => `${clean(signed.format(v))}\u00a0%`,
  };
}

const dateOf = (d: Date, locale: string) => formatMediumDay(d.toISOString().slice(0, 10), locale);

/** The computed lines of each part of the fiche. */
export function computedLines(
  figures: FicheFigures,
  t: Translate,
  locale: string,
): Partial<Record<FicheTextField, string[]>> {
  const f = numberFormats(locale);
  const range = (r: Range) =>
    r.min === r.max ? f.number(r.min) : t("fiches.doc.range", { min: f.number(r.min), max: f.number(r.max) });
  const quantitative: string[] = [];
  if (figures.directory) {
    quantitative.push(
      t("fiches.doc.directory", {
        contacts: f.number(figures.directory.contacts),
        organisations: f.number(figures.directory.organisations),
        relay: f.number(figures.directory.relayActors),
      }),
    );
  }
  const context: string[] = [];
  const members = figures.members ?? [];
  if (members.length) {
    context.push(
      t("fiches.doc.members", {
        total: members.reduce((sum, m) => sum + m.organisations, 0),
        detail: members
          .map((m) =>
            t(m.actorType === "epci" ? "fiches.doc.membersEpci" : "fiches.doc.membersMunicipality", {
              count: m.organisations,
            }),
          )
          .join(", "),
      }),
    );
  }
  for (const m of figures.meetings) {
    const type = t(`meetings.eventTypes.${m.eventType}`);
    // Several visits on one day read as one visit day (SITTOM-MI: "1 journée de visite de site").
    if (m.days !== undefined && m.days < m.held) {
      quantitative.push(
        t("fiches.doc.meetingDays", { type, held: m.held, days: m.days, present: range(m.present) }),
      );
      continue;
    }
    quantitative.push(
      m.invited.max > m.present.max
        ? t("fiches.doc.meeting", {
            type,
            held: m.held,
            invited: range(m.invited),
            present: range(m.present),
            excused: range(m.excused),
          })
        : t("fiches.doc.meetingNoInvitations", { type, held: m.held, present: range(m.present) }),
    );
    // Saved fiches of before these figures have none of them.
    if ((m.groups ?? 0) > 1) quantitative.push(t("fiches.doc.meetingGroups", { type, groups: m.groups }));
    const months = m.medianIntervalDays != null && m.held >= 3 ? Math.round(m.medianIntervalDays / 30.44) : 0;
    if (months >= 1) quantitative.push(t("fiches.doc.meetingFrequency", { type, months }));
  }
  if (figures.communes && figures.communes.total > 0) {
    quantitative.push(
      t("fiches.doc.communes", { present: figures.communes.present, total: figures.communes.total }),
    );
  }
  if (figures.tools && (figures.tools.published > 0 || figures.tools.loans > 0)) {
    quantitative.push(
      t("fiches.doc.tools", { published: figures.tools.published, methodSheets: figures.tools.methodSheets }),
    );
    if (figures.tools.loans > 0)
      quantitative.push(t("fiches.doc.loans", { loans: figures.tools.loans, days: figures.tools.daysLent }));
  }
  const number = (v: number, o?: UnitFormatOptions) =>
    new Intl.NumberFormat(locale, o).format(v).replace(/\u202f/g, "\u00a0");
  for (const r of figures.recorded ?? []) {
    quantitative.push(
      t("fiches.doc.recorded", {
        name: r.name,
        value: formatUnitValue(number, r.unit, r.value),
        date: formatMediumDay(r.date, locale),
      }),
    );
  }
  for (const s of figures.serd) {
    const values = {
      year: s.year,
      occurrences: f.number(s.occurrences),
      actions: f.number(s.actions),
      organisations: f.number(s.organisations),
    };
    quantitative.push(
      s.growthOccurrences !== null && s.previousYear !== null
        ? t("fiches.doc.serdGrowth", {
            ...values,
            growth: f.growth(s.growthOccurrences),
            previous: s.previousYear,
          })
        : t("fiches.doc.serd", values),
    );
    if (s.contributionsEur > 0)
      quantitative.push(t("fiches.doc.contributions", { year: s.year, amount: f.euros(s.contributionsEur) }));
  }
  for (const c of figures.training) {
    quantitative.push(
      t("fiches.doc.training", {
        title: c.title,
        trained: f.number(c.trained),
        modules: c.modules,
        sessions: f.number(c.sessionsHeld),
        hours: f.number(c.hoursDelivered),
      }),
    );
    if (c.conversion?.share != null) {
      quantitative.push(
        t("fiches.doc.conversion", {
          share: f.percent(c.conversion.share),
          year: c.conversion.year,
          acting: c.conversion.acting,
          trained: c.conversion.trained,
        }),
      );
    }
  }
  const planningShown = 15;
  const timeline = figures.planning ?? [];
  const planning = timeline.slice(0, planningShown).map((p) =>
    p.held > 1
      ? t("fiches.doc.planningSeries", {
          start: formatMediumDay(p.start, locale),
          end: formatMediumDay(p.end, locale),
          title: p.title,
          held: p.held,
        })
      : t("fiches.doc.planningDay", { date: formatMediumDay(p.start, locale), title: p.title }),
  );
  if (timeline.length > planningShown)
    planning.push(t("fiches.doc.planningMore", { count: timeline.length - planningShown }));
  const objectives = figures.objectives.map((o) => {
    const status = t(`dashboards.objectives.status.${o.status}`);
    const target = f.number(o.target);
    return o.actual === null
      ? t("fiches.doc.objectiveNoData", { title: o.title, target, status })
      : t("fiches.doc.objective", { title: o.title, target, actual: f.number(o.actual), status });
  });
  const human = figures.staff
    .filter((y) => y.byRole.length)
    .map((y) =>
      t("fiches.doc.staffYear", {
        year: y.year,
        roles: y.byRole
          .map((r) =>
            t("fiches.doc.staffRole", {
              days: f.number(r.days),
              role: t(`dashboards.staffRoles.${r.staffRole}`).toLocaleLowerCase(locale),
            }),
          )
          .join(", "),
      }),
    );
  for (const y of figures.staff)
    if (y.total.hours > 0)
      human.push(t("fiches.doc.staffHours", { year: y.year, hours: f.number(y.total.hours) }));
  for (const y of figures.staff)
    if (y.total.fte >= 0.05)
      human.push(t("fiches.doc.staffFte", { year: y.year, fte: f.percent(y.total.fte) }));
  const financial = figures.staff
    .filter((y) => y.total.cost > 0)
    .map((y) => t("fiches.doc.staffCost", { year: y.year, cost: f.euros(y.total.cost) }));
  const partners = figures.partners.map((p) =>
    t("fiches.doc.partner", { type: t(`directory.actorTypes.${p.actorType}`), count: p.organisations }),
  );
  return {
    context,
    planning,
    numericObjectives: objectives,
    quantitativeResults: quantitative,
    humanMeans: human,
    financialMeans: financial,
    partners,
  };
}

export function buildFicheDocument(
  header: FicheHeader,
  texts: Partial<FicheTexts>,
  figures: FicheFigures,
  t: Translate,
  locale: string,
): FicheDocument {
  const lines = computedLines(figures, t, locale);
  const contact = [header.contactName, header.contactEmail].filter(Boolean).join(", ");
  return {
    title: header.title,
    kicker: t("fiches.doc.kicker"),
    header: [
      header.structure ? t("fiches.doc.structure", { value: header.structure }) : null,
      contact ? t("fiches.doc.contact", { value: contact }) : null,
      t("fiches.doc.period", {
        start: formatMediumDay(figures.period.start, locale),
        end: formatMediumDay(figures.period.end, locale),
      }),
      t("fiches.doc.lastUpdate", { date: dateOf(header.updatedAt, locale) }),
    ].filter((l): l is string => l !== null),
    computedAt: t("fiches.doc.computedAt", { date: dateOf(header.figuresComputedAt, locale) }),
    sections: ficheSections.map((s) => ({
      key: s.key,
      heading: t(`fiches.doc.sections.${s.key}`),
      parts: s.parts
        .map((key) => ({
          key,
          heading: t(`fiches.doc.parts.${key}`),
          showHeading: s.parts.length > 1,
          lines: lines[key] ?? [],
          text: (texts[key] ?? "").trim(),
        }))
        // The context section has one part: its heading is the section's.
        .filter((p) => p.lines.length > 0 || p.text !== "" || s.parts.length === 1),
    })),
  };
}

/** The document as Markdown, to paste into ADEME's form. */
export function ficheMarkdown(doc: FicheDocument): string {
  const out: string[] = [`# ${doc.title}`, "", `*${doc.kicker}*`, ""];
  for (const h of doc.header) out.push(`- ${h}`);
  out.push("", `> ${doc.computedAt}`);
  for (const s of doc.sections) {
    out.push("", `## ${s.heading}`);
    for (const p of s.parts) {
      if (p.showHeading) out.push("", `### ${p.heading}`);
      if (p.lines.length) out.push("", ...p.lines.map((l) => `- ${l}`));
      if (p.text) out.push("", p.text);
    }
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n")}\n`;
}

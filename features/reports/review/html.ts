import type { createFormatter } from "next-intl";
import { seriesChartGeometry } from "@/features/dashboards/chart-geometry";
import { describeComparison, formatValue } from "@/features/dashboards/format-value";
import { calendarDay } from "@/lib/i18n/format-day";
import type { Translate } from "@/lib/i18n/messages";
import type { Review } from "./queries";
import { reviewCss } from "./review-css";

// The yearly review as a council document, written as one HTML string: cover, contents,
// coordinator's introduction, summary, highlights, one part per area (figures with their
// comparison, charts as vector SVG with their tables, lists), objectives, recorded indicators,
// partners, outlook. The page shows this very markup and server/pdf prints it, so both read the
// same. Every value put in the markup goes through `esc` (text and attributes alike); the brand
// colour through `colour`. No React here: Next's App Router refuses react-dom/server.

/** A translator over full message keys ("review.title"). */
export type ReviewT = Translate;
export type ReviewFormat = ReturnType<typeof createFormatter>;
export type ReviewNetwork = { name: string; territoryLabel: string | null; brandColor: string };

export type ReviewHtmlParams = {
  review: Review;
  network: ReviewNetwork;
  t: ReviewT;
  format: ReviewFormat;
  /** YYYY-MM-DD: the day the figures were computed. */
  generatedOn: string;
  /** Inside the app's page, whose own header is the page's h1: the cover's title is then a paragraph. */
  embedded?: boolean;
};

/** Text or attribute value made inert in HTML (the same five characters React escapes). */
export const esc = (value: string | number) =>
  String(value)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

/** A #rrggbb colour, or the default branding: the only network value written into CSS. */
const colour = (hex: string) => (/^#[0-9a-f]{6}$/i.test(hex) ? hex : "#1d5e4e");

/** An id fragment from a registry key ("meetings.held" → "meetings-held"). */
const idOf = (key: string) => key.replace(/[^a-z0-9_-]+/gi, "-");

const areaOrder = ["directory", "meetings", "serd", "training", "tools", "staff"] as const;
const summaryIds = [
  "meetings.held",
  "meetings.averagePresent",
  "meetings.communesPresent",
  "serd.actions",
  "serd.participants",
  "training.trained",
  "training.conversion",
  "tools.loans",
  "staff.hours",
];

type Figure = {
  key: string;
  area: string;
  label: string;
  definition: string;
  unit: Review["dashboard"]["figures"][number]["indicator"]["unit"];
  series: Review["dashboard"]["figures"][number]["series"];
  point: Review["dashboard"]["figures"][number]["point"];
  comparison: Review["dashboard"]["figures"][number]["comparison"];
};

type Ctx = { review: Review; t: ReviewT; format: ReviewFormat; brand: string };

const num = (format: ReviewFormat, v: number | null) =>
  v === null ? "—" : format.number(v, { maximumFractionDigits: 1 });

function prose(text: string, empty: string) {
  if (!text.trim()) return `<p class="review-empty">${esc(empty)}</p>`;
  return text
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${esc(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

function table(opts: {
  caption: string;
  head: string[];
  rows: string[];
  testid?: string;
  className?: string;
  captionClass?: string;
  /** Indexes of the columns holding numbers: their headings align with them, on the right. */
  numCols?: number[];
}) {
  const cls = ["review-table", opts.className].filter(Boolean).join(" ");
  const testid = opts.testid ? ` data-testid="${esc(opts.testid)}"` : "";
  const captionClass = opts.captionClass ? ` class="${opts.captionClass}"` : "";
  return (
    `<table class="${cls}"${testid}><caption${captionClass}>${esc(opts.caption)}</caption>` +
    `<thead><tr>${opts.head.map((h, i) => `<th scope="col"${opts.numCols?.includes(i) ? ' class="num"' : ""}>${esc(h)}</th>`).join("")}</tr></thead>` +
    `<tbody>${opts.rows.join("")}</tbody></table>`
  );
}

const rowHead = (label: string, definition?: string | null) =>
  `<th scope="row">${esc(label)}${definition ? `<span class="review-definition">${esc(definition)}</span>` : ""}</th>`;
const numCell = (text: string) => `<td class="num">${esc(text)}</td>`;
const cell = (text: string) => `<td>${esc(text)}</td>`;

/** The series as vector SVG (the dashboard's geometry), decorative: its table follows it. */
function chartSvg(f: Figure, brand: string) {
  const g = seriesChartGeometry(f.series);
  if (!g) return "";
  const hatch = `review-hatch-${idOf(f.key)}`;
  const r = (n: number) => Math.round(n * 100) / 100;
  const bars = g.bars
    .map(
      (b) =>
        `<rect x="${r(b.x)}" y="${r(b.y)}" width="${r(b.width)}" height="${r(b.height)}" fill="${b.open ? `url(#${hatch})` : brand}" stroke="${brand}"/>`,
    )
    .join("");
  const labels = g.labels
    .filter((l) => l.text)
    .map(
      (l) =>
        `<text x="${r(l.x)}" y="${r(l.y)}" text-anchor="middle" font-size="10" fill="#374151">${esc(l.text)}</text>`,
    )
    .join("");
  return (
    `<svg viewBox="0 0 ${g.width} ${g.height}" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">` +
    `<defs><pattern id="${hatch}" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="4" height="4" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="4" stroke="${brand}" stroke-width="2"/></pattern></defs>` +
    `<line x1="${r(g.axis.x1)}" x2="${r(g.axis.x2)}" y1="${r(g.axis.y)}" y2="${r(g.axis.y)}" stroke="#5b6770" stroke-width="1"/>` +
    bars +
    (g.path ? `<path d="${esc(g.path)}" fill="none" stroke="#b45309" stroke-width="1.5"/>` : "") +
    labels +
    `</svg>`
  );
}

/** One area: its figures of the year with the comparison, then each series as a chart and a table. */
function areaFigures(id: string, figures: Figure[], { review, t, format, brand }: Ctx) {
  const { year } = review;
  const withPoint = figures.filter((f) => f.point !== null && f.point.value !== null);
  if (withPoint.length === 0) return `<p class="review-empty">${esc(t("review.areaEmpty", { year }))}</p>`;
  const dash = (key: string, values?: Record<string, string>) => t(`dashboards.${key}`, values);
  const rows = figures.map((f) => {
    const value =
      f.point === null || f.point.value === null
        ? t("dashboards.notRecorded")
        : formatValue(format, f.unit, f.point.value);
    const open = f.point?.stage === "open" ? ` (${t("dashboards.stage.open")})` : "";
    return (
      `<tr data-indicator="${esc(f.key)}">${rowHead(f.label, f.definition)}` +
      `<td class="num" data-testid="review-value-${esc(f.key)}">${esc(value + open)}</td>` +
      cell(describeComparison(dash, format, f.unit, f.comparison)) +
      `</tr>`
    );
  });
  const figuresTable = table({
    caption: t("review.figuresCaption", { year }),
    head: [t("review.indicator"), String(year), t("review.comparison")],
    rows,
    testid: `review-figures-${id}`,
    className: "review-figures",
    numCols: [1],
  });
  const charts = withPoint
    // A series of zeros draws nothing worth reading: its value stays in the table above.
    .filter((f) => f.series.length > 1 && f.series.some((p) => p.value !== null && p.value !== 0))
    .map((f) => {
      const values = f.series.map(
        (p) =>
          `${p.value === null ? "—" : formatValue(format, f.unit, p.value)}${p.stage === "open" ? "*" : ""}`,
      );
      const seriesTable = table({
        caption: t("dashboards.seriesCaption", { label: f.label }),
        captionClass: "sr-only",
        className: "compact",
        head: [t("dashboards.yearColumn"), ...f.series.map((p) => String(p.year))],
        numCols: f.series.map((_, i) => i + 1),
        rows: [`<tr>${rowHead(t("dashboards.valueColumn"))}${values.map(numCell).join("")}</tr>`],
      });
      return `<figure class="review-chart"><figcaption>${esc(f.label)}</figcaption>${chartSvg(f, brand)}${seriesTable}</figure>`;
    })
    .join("");
  return figuresTable + (charts ? `<div class="review-charts">${charts}</div>` : "");
}

function meetingsByType({ review, t, format }: Ctx) {
  if (review.meetingsByType.length === 0) return "";
  return table({
    caption: t("review.meetingsByType", { year: review.year }),
    testid: "review-meetings-by-type",
    numCols: [1, 2, 3, 4],
    head: [
      t("review.meetingType"),
      t("dashboards.indicators.meetingsHeld.label"),
      t("dashboards.indicators.meetingsAveragePresent.label"),
      t("dashboards.indicators.meetingsAverageExcused.label"),
      t("dashboards.indicators.meetingsCommunesPresent.label"),
    ],
    rows: review.meetingsByType.map(
      (r) =>
        `<tr>${rowHead(t(`meetings.eventTypes.${r.eventType}`))}${[
          r.held,
          r.averagePresent,
          r.averageExcused,
          r.communesPresent,
        ]
          .map((v) => numCell(num(format, v)))
          .join("")}</tr>`,
    ),
  });
}

function serdHighlights({ review, t, format }: Ctx) {
  if (review.serdHighlights.length === 0) return "";
  return table({
    caption: t("review.serdHighlights", { year: review.year }),
    testid: "review-serd-highlights",
    numCols: [2],
    head: [t("review.action"), t("review.organisation"), t("review.participants")],
    rows: review.serdHighlights.map(
      (a) =>
        `<tr>${rowHead(a.title)}${cell(a.organisation ?? "—")}${numCell(num(format, a.participants))}</tr>`,
    ),
  });
}

function staffTables({ review, t, format }: Ctx) {
  const { staff } = review;
  if (staff.byRole.length === 0) return "";
  const eur = (v: number) =>
    format.number(v, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const head = (first: string) => [
    first,
    t("dashboards.time.hours"),
    t("dashboards.time.days"),
    t("dashboards.time.cost"),
    t("dashboards.time.fte"),
  ];
  const cells = (r: { hours: number; days: number; cost: number; fte: number }) =>
    [num(format, r.hours), num(format, r.days), eur(r.cost), pct(r.fte)].map(numCell).join("");
  return (
    table({
      caption: t("dashboards.time.totalsCaption", { year: staff.year }),
      testid: "review-staff-roles",
      numCols: [1, 2, 3, 4],
      head: head(t("dashboards.time.role")),
      rows: [
        ...staff.byRole.map(
          (r) => `<tr>${rowHead(t(`dashboards.staffRoles.${r.staffRole}`))}${cells(r)}</tr>`,
        ),
        `<tr class="total">${rowHead(t("dashboards.time.total"))}${cells(staff.total)}</tr>`,
      ],
    }) +
    table({
      caption: t("dashboards.time.activityCaption", { year: staff.year }),
      head: head(t("dashboards.time.activity")),
      numCols: [1, 2, 3, 4],
      rows: staff.byActivity.map(
        (r) =>
          `<tr>${rowHead(`${t(`dashboards.activityKinds.${r.activityKind}`)}${r.label ? ` : ${r.label}` : ""}`)}${cells(r)}</tr>`,
      ),
    })
  );
}

function areaTables(area: string, ctx: Ctx) {
  if (area === "meetings") return meetingsByType(ctx);
  if (area === "serd") return serdHighlights(ctx);
  if (area === "staff") return staffTables(ctx);
  return "";
}

function objectives({ review, t, format }: Ctx) {
  const list = review.dashboard.objectives;
  if (list.length === 0) return `<p class="review-empty">${esc(t("dashboards.objectives.empty"))}</p>`;
  const o = (k: string) => t(`dashboards.objectives.${k}`);
  return table({
    caption: o("caption"),
    testid: "review-objectives",
    numCols: [2, 3],
    head: ["objective", "period", "target", "actual", "statusColumn", "trendColumn"].map(o),
    rows: list.map(
      (ob) =>
        `<tr>${rowHead(ob.title, ob.labelKey ? t(ob.labelKey) : (ob.recordedName ?? ""))}` +
        cell(
          t("dashboards.objectives.periodValue", {
            start: calendarDay(format, ob.periodStart),
            end: calendarDay(format, ob.periodEnd),
          }),
        ) +
        numCell(`${o(`direction.${ob.direction}`)} ${formatValue(format, ob.unit, ob.target)}`) +
        numCell(ob.actual === null ? "—" : formatValue(format, ob.unit, ob.actual)) +
        `<td class="review-status review-status-${esc(ob.status)}"><strong>${esc(o(`status.${ob.status}`))}</strong></td>` +
        cell(o(`trend.${ob.trend}`)) +
        `</tr>`,
    ),
  });
}

function recorded({ review, t, format }: Ctx) {
  const rows = review.dashboard.recorded.filter((r) => r.point !== null && r.point.value !== null);
  if (rows.length === 0) return "";
  return table({
    caption: t("review.recordedCaption", { year: review.year }),
    testid: "review-recorded",
    numCols: [1],
    head: [t("review.indicator"), String(review.year)],
    rows: rows.map(
      (r) =>
        `<tr>${rowHead(r.name, r.definition)}${numCell(formatValue(format, r.unit, r.point!.value!))}</tr>`,
    ),
  });
}

function partners({ review, t }: Ctx) {
  if (review.partners.length === 0) return `<p class="review-empty">${esc(t("review.partnersEmpty"))}</p>`;
  const byType = new Map<string, Review["partners"]>();
  for (const p of review.partners) byType.set(p.actorType, [...(byType.get(p.actorType) ?? []), p]);
  const groups = [...byType]
    .map(
      ([type, list]) =>
        `<div class="review-partner-group"><h3>${esc(`${t(`directory.actorTypes.${type}`)} (${list.length})`)}</h3><ul>` +
        list.map((p) => `<li>${esc(p.name)}${p.commune ? ` — ${esc(p.commune)}` : ""}</li>`).join("") +
        `</ul></div>`,
    )
    .join("");
  return (
    `<div class="review-partners" data-testid="review-partners">` +
    `<p>${esc(t("review.partnersCount", { count: review.partners.length, year: review.year }))}</p>${groups}</div>`
  );
}

const section = (id: string, heading: string, body: string, className?: string) =>
  `<section aria-labelledby="${id}"${className ? ` class="${className}"` : ""}><h2 id="${id}">${esc(heading)}</h2>${body}</section>`;

/** The review's markup (an <article class="review">), for the page and for the PDF. */
export function reviewBodyHtml({
  review,
  network,
  t,
  format,
  generatedOn,
  embedded,
}: ReviewHtmlParams): string {
  const { year, dashboard } = review;
  const brand = colour(network.brandColor);
  const ctx: Ctx = { review, t, format, brand };
  const figures: Figure[] = dashboard.figures.map((f) => ({
    key: f.indicator.id,
    area: f.indicator.area,
    label: t(f.indicator.labelKey),
    definition: t(f.indicator.definitionKey),
    unit: f.indicator.unit,
    series: f.series,
    point: f.point,
    comparison: f.comparison,
  }));
  const areas = [
    ...areaOrder.filter((a) => figures.some((f) => f.area === a)),
    ...[...new Set(figures.map((f) => f.area))].filter((a) => !(areaOrder as readonly string[]).includes(a)),
  ];
  const empty = t("review.sectionEmpty");

  // The parts in reading order: [id, heading, body, class].
  const parts: [string, string, string, string?][] = [
    ["review-introduction", t("review.sections.introduction"), prose(review.sections.introduction, empty)],
  ];
  if (review.hasData) {
    const summary = summaryIds
      .map((id) => figures.find((f) => f.key === id))
      .filter((f): f is Figure => !!f && f.point !== null && f.point.value !== null);
    const reached = dashboard.objectives.filter((o) => o.status === "reached").length;
    const items = summary.map(
      (f) =>
        `<div><dt>${esc(f.label)}</dt><dd data-testid="review-summary-${esc(f.key)}">${esc(formatValue(format, f.unit, f.point!.value!))}</dd></div>`,
    );
    if (dashboard.objectives.length)
      items.push(
        `<div><dt>${esc(t("review.objectivesReachedLabel"))}</dt><dd>${esc(t("review.objectivesReached", { reached, total: dashboard.objectives.length }))}</dd></div>`,
      );
    parts.push([
      "review-summary",
      t("review.sections.summary"),
      `<dl class="review-keyfigures">${items.join("")}</dl>`,
    ]);
  }
  parts.push([
    "review-highlights",
    t("review.sections.highlights"),
    prose(review.sections.highlights, empty),
  ]);
  if (review.hasData) {
    for (const area of areas)
      parts.push([
        `review-area-${idOf(area)}`,
        t(`dashboards.sections.${area}`),
        areaFigures(
          area,
          figures.filter((f) => f.area === area),
          ctx,
        ) + areaTables(area, ctx),
        "review-area",
      ]);
    parts.push(["review-objectives", t("dashboards.sections.objectives"), objectives(ctx)]);
    if (dashboard.recorded.some((r) => r.point !== null))
      parts.push(["review-recorded", t("dashboards.sections.recorded"), recorded(ctx)]);
    parts.push(["review-partners", t("review.sections.partners"), partners(ctx), "review-area"]);
  }
  parts.push(["review-outlook", t("review.sections.outlook"), prose(review.sections.outlook, empty)]);

  const contents =
    `<nav class="review-contents" aria-labelledby="review-contents"><h2 id="review-contents">${esc(t("review.contents"))}</h2><ol>` +
    parts.map(([id, heading]) => `<li><a href="#${id}">${esc(heading)}</a></li>`).join("") +
    `</ol></nav>`;
  const cover =
    `<header class="review-cover">` +
    `<p class="review-kicker">${esc(t("review.kicker"))}</p>` +
    `<${embedded ? 'p class="review-title"' : "h1"}>${esc(t("review.title", { year }))}<span class="review-network">${esc(network.name)}</span></${embedded ? "p" : "h1"}>` +
    (network.territoryLabel ? `<p class="review-territory">${esc(network.territoryLabel)}</p>` : "") +
    `<p class="review-generated">${esc(t("review.generated", { date: calendarDay(format, generatedOn) }))}</p>` +
    (review.hasData
      ? ""
      : `<p class="review-nodata" role="note" data-testid="review-nodata">${esc(t("review.noData", { year }))}</p>`) +
    contents +
    `</header>`;
  return (
    `<article class="review" style="--brand: ${brand}">` +
    cover +
    parts.map(([id, heading, body, cls]) => section(id, heading, body, cls)).join("") +
    `</article>`
  );
}

/** The title the document and its PDF carry. */
export const reviewTitle = (t: ReviewT, { year, network }: { year: number; network: ReviewNetwork }) =>
  t("review.documentTitle", { year, network: network.name });

/** The review as one self-contained HTML document (inline styles, no script, no request), for the printer. */
export function reviewDocumentHtml(params: ReviewHtmlParams & { locale: string }): {
  html: string;
  title: string;
} {
  const title = reviewTitle(params.t, { year: params.review.year, network: params.network });
  const lang = params.locale === "en" ? "en" : "fr";
  const html =
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>` +
    `<style>${reviewCss}</style></head><body>${reviewBodyHtml(params)}</body></html>`;
  return { html, title };
}

import { formatValue } from "@/features/dashboards/components/figure-card";
import { calendarDay } from "@/lib/i18n/format-day";
import type { Review } from "../queries";
import { AreaFigures } from "./figures";
import { ReviewObjectives, ReviewPartners, ReviewRecorded, ReviewTables } from "./review-tables";
import type { ReviewFormat, ReviewT } from "./types";

// The yearly review as a council document: cover, coordinator's introduction, summary, highlights,
// one part per area, objectives, staff time, partners, outlook. One synchronous tree for the page
// and the PDF (server/pdf prints it), styled by ./review-css.ts only.

export type ReviewNetwork = { name: string; territoryLabel: string | null; brandColor: string };

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

function Prose({ text, empty }: { text: string; empty: string }) {
  if (!text.trim()) return <p className="review-empty">{empty}</p>;
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

export function ReviewDocument({
  review,
  network,
  t,
  format,
  generatedOn,
}: {
  review: Review;
  network: ReviewNetwork;
  t: ReviewT;
  format: ReviewFormat;
  /** YYYY-MM-DD: the day the figures were computed. */
  generatedOn: string;
}) {
  const { year, dashboard } = review;
  const figures = dashboard.figures.map((f) => ({
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
  const summary = summaryIds
    .map((id) => figures.find((f) => f.key === id))
    .filter((f) => f && f.point !== null && f.point.value !== null);
  const reached = dashboard.objectives.filter((o) => o.status === "reached").length;
  const empty = t("review.sectionEmpty");
  return (
    <article className="review" style={{ ["--brand" as string]: network.brandColor }}>
      <header className="review-cover">
        <p className="review-kicker">{t("review.kicker")}</p>
        <h1>
          {t("review.title", { year })}
          <span className="review-network">{network.name}</span>
        </h1>
        {network.territoryLabel ? <p className="review-territory">{network.territoryLabel}</p> : null}
        <p className="review-generated">
          {t("review.generated", { date: calendarDay(format, generatedOn) })}
        </p>
        {!review.hasData ? (
          <p className="review-nodata" role="note" data-testid="review-nodata">
            {t("review.noData", { year })}
          </p>
        ) : null}
      </header>

      <section aria-labelledby="review-introduction">
        <h2 id="review-introduction">{t("review.sections.introduction")}</h2>
        <Prose text={review.sections.introduction} empty={empty} />
      </section>

      {review.hasData ? (
        <section aria-labelledby="review-summary">
          <h2 id="review-summary">{t("review.sections.summary")}</h2>
          <dl className="review-keyfigures">
            {summary.map((f) => (
              <div key={f!.key}>
                <dt>{f!.label}</dt>
                <dd data-testid={`review-summary-${f!.key}`}>
                  {formatValue(format, f!.unit, f!.point!.value!)}
                </dd>
              </div>
            ))}
            {dashboard.objectives.length ? (
              <div>
                <dt>{t("review.objectivesReachedLabel")}</dt>
                <dd>{t("review.objectivesReached", { reached, total: dashboard.objectives.length })}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="review-highlights">
        <h2 id="review-highlights">{t("review.sections.highlights")}</h2>
        <Prose text={review.sections.highlights} empty={empty} />
      </section>

      {review.hasData
        ? areas.map((area) => (
            <section key={area} aria-labelledby={`review-area-${area}`} className="review-area">
              <h2 id={`review-area-${area}`}>{t(`dashboards.sections.${area}`)}</h2>
              <AreaFigures
                id={area}
                figures={figures.filter((f) => f.area === area)}
                year={year}
                t={t}
                format={format}
              />
              <ReviewTables area={area} review={review} t={t} format={format} />
            </section>
          ))
        : null}

      {review.hasData ? (
        <>
          <section aria-labelledby="review-objectives">
            <h2 id="review-objectives">{t("dashboards.sections.objectives")}</h2>
            <ReviewObjectives review={review} t={t} format={format} />
          </section>
          {review.dashboard.recorded.some((r) => r.point !== null) ? (
            <section aria-labelledby="review-recorded">
              <h2 id="review-recorded">{t("dashboards.sections.recorded")}</h2>
              <ReviewRecorded review={review} t={t} format={format} />
            </section>
          ) : null}
          <section aria-labelledby="review-partners">
            <h2 id="review-partners">{t("review.sections.partners")}</h2>
            <ReviewPartners review={review} t={t} format={format} />
          </section>
        </>
      ) : null}

      <section aria-labelledby="review-outlook">
        <h2 id="review-outlook">{t("review.sections.outlook")}</h2>
        <Prose text={review.sections.outlook} empty={empty} />
      </section>
    </article>
  );
}

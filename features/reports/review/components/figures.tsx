import { describeComparison, formatValue } from "@/features/dashboards/components/figure-card";
import { SeriesChart } from "@/features/dashboards/components/series-chart";
import type { DashboardFigure } from "@/features/dashboards/queries";
import type { ReviewFormat, ReviewT } from "./types";

// One area of the review: its figures of the year with the like-with-like comparison (the
// dashboard's words), then each figure's series as the dashboard's SVG chart with its table.
// Synchronous components: the same tree renders the page and, through react-dom/server, the PDF.

type Figure = Pick<DashboardFigure, "series" | "point" | "comparison"> & {
  key: string;
  label: string;
  definition: string;
  unit: DashboardFigure["indicator"]["unit"];
};

export function AreaFigures({
  id,
  figures,
  year,
  t,
  format,
}: {
  id: string;
  figures: Figure[];
  year: number;
  t: ReviewT;
  format: ReviewFormat;
}) {
  const withPoint = figures.filter((f) => f.point !== null && f.point.value !== null);
  if (withPoint.length === 0) return <p className="review-empty">{t("review.areaEmpty", { year })}</p>;
  const dash = (key: string, values?: Record<string, string>) => t(`dashboards.${key}`, values);
  return (
    <>
      <table className="review-table" data-testid={`review-figures-${id}`}>
        <caption>{t("review.figuresCaption", { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("review.indicator")}</th>
            <th scope="col">{year}</th>
            <th scope="col">{t("review.comparison")}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.key} data-indicator={f.key}>
              <th scope="row">
                {f.label}
                <span className="review-definition">{f.definition}</span>
              </th>
              <td className="num" data-testid={`review-value-${f.key}`}>
                {f.point === null || f.point.value === null
                  ? t("dashboards.notRecorded")
                  : formatValue(format, f.unit, f.point.value)}
                {f.point?.stage === "open" ? ` (${t("dashboards.stage.open")})` : ""}
              </td>
              <td>{describeComparison(dash, format, f.unit, f.comparison)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="review-charts">
        {withPoint
          .filter((f) => f.series.length > 1)
          .map((f) => (
            <figure key={f.key} className="review-chart">
              <figcaption>{f.label}</figcaption>
              <SeriesChart series={f.series} />
              <table className="review-table compact">
                <caption className="sr-only">{t("dashboards.seriesCaption", { label: f.label })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("dashboards.yearColumn")}</th>
                    {f.series.map((p) => (
                      <th scope="col" key={p.year}>
                        {p.year}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{t("dashboards.valueColumn")}</th>
                    {f.series.map((p) => (
                      <td key={p.year} className="num">
                        {p.value === null ? "—" : formatValue(format, f.unit, p.value)}
                        {p.stage === "open" ? "*" : ""}
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </figure>
          ))}
      </div>
    </>
  );
}

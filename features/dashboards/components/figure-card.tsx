import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import type { IndicatorUnit } from "@/lib/domain/enums";
import { describeComparison, formatValue } from "../format-value";
import type { Comparison, SeriesPoint } from "../constants";
import { SeriesChart } from "./series-chart";

// One figure of the dashboard: its value for the chosen year, the like-with-like comparison, its
// definition one click away, the series as a chart and as a table.

// Kept importable from here: pages and the dashboards' components read them through this module.
export { describeComparison, formatValue };

export async function FigureCard({
  id,
  label,
  definition,
  unit,
  year,
  point,
  series,
  comparison,
}: {
  id: string;
  label: string;
  definition: string;
  unit: IndicatorUnit;
  year: number;
  point: SeriesPoint | null;
  series: SeriesPoint[];
  comparison: Comparison;
}) {
  const [t, format] = await Promise.all([getTranslations("dashboards"), getFormatter()]);
  const v = (n: number) => formatValue(format, unit, n);
  const compared = describeComparison(t as unknown as (key: string) => string, format, unit, comparison);
  return (
    <article
      className="figure-card break-inside-avoid rounded-lg border border-line bg-white p-4"
      aria-labelledby={`fig-${id}`}
    >
      <h3 id={`fig-${id}`} className="text-sm font-semibold text-muted">
        {label} <span className="sr-only">({year})</span>
      </h3>
      <p className="text-3xl font-bold" data-testid={`figure-${id}`}>
        {point?.value === null || point === null ? t("notRecorded") : v(point.value)}
        {point?.stage === "open" ? (
          <span className="ml-2 text-sm font-normal">({t("stage.open")})</span>
        ) : null}
      </p>
      <p className="text-sm">{compared}</p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer underline">{t("definition")}</summary>
        <p className="mt-1">{definition}</p>
      </details>
      {series.length > 0 ? (
        <div className="mt-3 grid gap-2">
          <SeriesChart series={series} />
          <details className="series-table text-sm" open={false}>
            <summary className="cursor-pointer underline print:hidden">
              {t("seriesCaption", { label })}
            </summary>
            <Table
              caption={t("seriesCaption", { label })}
              headers={[t("yearColumn"), t("valueColumn"), t("stageColumn")]}
            >
              {series.map((p) => (
                <tr key={p.year}>
                  <Td>{p.year}</Td>
                  <Td>{p.value === null ? t("notRecorded") : v(p.value)}</Td>
                  <Td>{t(`stage.${p.stage}`)}</Td>
                </tr>
              ))}
            </Table>
          </details>
        </div>
      ) : null}
    </article>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td } from "@/components/ui/table";
import type { IndicatorUnit } from "@/lib/domain/enums";
import type { Comparison, SeriesPoint } from "../constants";
import { formatUnitValue } from "@/lib/i18n/format-value";
import { SeriesChart } from "./series-chart";

// One figure of the dashboard: its value for the chosen year, the like-with-like comparison, its
// definition one click away, the series as a chart and as a table.

type Format = Awaited<ReturnType<typeof getFormatter>>;

export function formatValue(format: Format, unit: IndicatorUnit | string, value: number): string {
  return formatUnitValue((v, o) => format.number(v, o), unit, value);
}

/** "+12 (+20 %) on 2013", "in progress", … (`t` reads the dashboards namespace). */
export function describeComparison(
  t: (key: string, values?: Record<string, string>) => string,
  format: Format,
  unit: IndicatorUnit | string,
  comparison: Comparison,
): string {
  const v = (n: number) => formatValue(format, unit, n);
  if (comparison.kind === "open") return t("comparison.open");
  if (comparison.kind === "none") return t("comparison.none");
  if (comparison.kind === "sameStage")
    return t("comparison.sameStage", {
      current: String(comparison.current),
      previous: String(comparison.previous),
      day: String(comparison.day),
      year: String(comparison.previousYear),
    });
  const args = {
    sign: comparison.delta > 0 ? "+" : comparison.delta < 0 ? "−" : "",
    delta: v(Math.abs(comparison.delta)),
    year: String(comparison.previousYear),
    percent:
      comparison.percent === null
        ? "—"
        : `${comparison.percent > 0 ? "+" : ""}${format.number(comparison.percent / 100, { style: "percent", maximumFractionDigits: 1 })}`,
  };
  return comparison.kind === "previous"
    ? t("comparison.previous", args)
    : t("comparison.gap", {
        ...args,
        from: String(comparison.missingFrom),
        to: String(comparison.missingTo),
      });
}

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

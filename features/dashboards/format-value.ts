import type { createFormatter } from "next-intl";
import type { IndicatorUnit } from "@/lib/domain/enums";
import { formatUnitValue } from "@/lib/i18n/format-value";
import type { Comparison } from "./constants";

// How a dashboard figure is written for a reader ("1 234 h", "73 %", "+12 (+20 %) par rapport à
// 2013"): pure functions of a formatter, for the dashboard's components and the review's HTML.

type Format = ReturnType<typeof createFormatter>;

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

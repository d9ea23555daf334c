import type { IndicatorUnit } from "@/lib/domain/enums";

// A figure's value in its unit ("1 234 t", "10 %", "560 €"), client-safe: `number` is the locale's
// number formatter (next-intl's `format.number`, or Intl.NumberFormat).

export type UnitFormatOptions = {
  style?: "currency" | "percent";
  currency?: string;
  maximumFractionDigits?: number;
};
export type NumberFormatter = (value: number, options?: UnitFormatOptions) => string;

export function formatUnitValue(
  number: NumberFormatter,
  unit: IndicatorUnit | string,
  value: number,
): string {
  if (unit === "eur") return number(value, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  if (unit === "fte") return number(value, { style: "percent", maximumFractionDigits: 1 });
  if (unit === "percent") return number(value / 100, { style: "percent", maximumFractionDigits: 1 });
  const suffix = { hours: " h", tonnes: " t", kg_per_inhabitant: " kg/hab." }[unit as string] ?? "";
  return `${number(value, { maximumFractionDigits: 2 })}${suffix}`;
}

import type { Comparison, SeriesPoint } from "./constants";

// Like-with-like comparison of one year's figure: with the previous year only when both are at
// the same stage; an open year or edition is never set against a finished one; across missing
// years the comparison says which years are missing. Pure: tested in comparison.test.ts.

const percentOf = (now: number, before: number) =>
  before !== 0 ? Math.round(((now - before) / Math.abs(before)) * 1000) / 10 : null;

export function compareYear(series: SeriesPoint[], year: number): Comparison {
  const current = series.find((p) => p.year === year);
  if (!current || current.value === null) return { kind: "none" };
  const earlier = series.filter((p) => p.year < year && p.value !== null).sort((x, y) => y.year - x.year)[0];
  if (current.stage === "open") return { kind: "open", previousYear: earlier?.year ?? null };
  if (!earlier || earlier.stage !== "final") return { kind: "none" };
  const previous = earlier.value!;
  const delta = current.value - previous;
  const base = { previousYear: earlier.year, previous, delta, percent: percentOf(current.value, previous) };
  if (earlier.year === year - 1) return { kind: "previous", ...base };
  return { kind: "gap", ...base, missingFrom: earlier.year + 1, missingTo: year - 1 };
}

/** The years a dashboard offers: every year with a point, newest first. */
export function yearsOf(seriesList: SeriesPoint[][]): number[] {
  const years = new Set<number>();
  for (const s of seriesList) for (const p of s) if (p.value !== null) years.add(p.year);
  return [...years].sort((x, y) => y - x);
}

import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { objectives } from "@/db/schema";
import type { Db } from "@/db/types";
import type { ObjectiveDirection } from "@/lib/domain/enums";
import { isUuid } from "@/lib/domain/ids";
import type { AnyIndicator, IndicatorFilter, ObjectiveStatus, SeriesPoint, Trend } from "./constants";
import { findIndicator } from "./indicator-list";
import { loadSeries, type SourceLoads } from "./indicators-data";
import { objectiveProgress, objectiveStatus, objectiveTrend } from "./objective-status";
import type { RecordedSeries } from "./recorded-data";

// Objectives against what was recorded: the actual value is the latest point within the period
// (a year of a computed indicator, a dated value of a recorded one).

export type ObjectiveView = {
  id: string;
  title: string;
  indicatorRef: string;
  labelKey: string | null;
  recordedName: string | null;
  filter: IndicatorFilter;
  unit: string;
  direction: ObjectiveDirection;
  target: number;
  baseline: number | null;
  periodStart: string;
  periodEnd: string;
  actual: number | null;
  actualAt: string | null;
  status: ObjectiveStatus;
  trend: Trend;
  progress: number | null;
};

function latestWithin(points: { at: string; value: number | null }[], start: string, end: string) {
  const inside = points
    .filter((p) => p.value !== null && p.at >= start && p.at <= end)
    .sort((x, y) => (x.at < y.at ? 1 : -1));
  const latest = inside[0] ?? null;
  const before = latest
    ? (points.filter((p) => p.value !== null && p.at < latest.at).sort((x, y) => (x.at < y.at ? 1 : -1))[0] ??
      null)
    : null;
  return { latest, before };
}

export async function listObjectives(
  db: Db,
  params: { networkId: string; today: string; recorded: RecordedSeries[] },
): Promise<ObjectiveView[]> {
  return objectivesOf(db, params);
}

/**
 * The objectives, started at once: the recorded indicators may still be loading (the dashboard
 * sends both statements together), and computed series already loaded are reused through `loads`.
 */
export async function objectivesOf(
  db: Db,
  {
    networkId,
    today,
    recorded: recordedOrPending,
    loads,
  }: {
    networkId: string;
    today: string;
    recorded: RecordedSeries[] | Promise<RecordedSeries[]>;
    loads?: SourceLoads;
  },
): Promise<ObjectiveView[]> {
  const rows = await db
    .select()
    .from(objectives)
    .where(eq(objectives.networkId, networkId))
    .orderBy(asc(objectives.periodEnd), asc(objectives.title));
  const computed = rows
    .map((r) => ({
      row: r,
      indicator: r.computedIndicatorId ? findIndicator(r.computedIndicatorId) : undefined,
    }))
    .filter((x): x is { row: typeof x.row; indicator: AnyIndicator } => !!x.indicator);
  const [series, recorded] = await Promise.all([
    loadSeries(db, {
      networkId,
      today,
      loads,
      requests: computed.map((c) => ({ indicator: c.indicator, filter: c.row.indicatorFilter })),
    }),
    recordedOrPending,
  ]);
  const seriesOf = new Map<string, SeriesPoint[]>(computed.map((c, i) => [c.row.id, series[i]!]));
  return rows.map((r) => {
    const indicator = r.computedIndicatorId ? findIndicator(r.computedIndicatorId) : undefined;
    const rec = r.recordedIndicatorId ? recorded.find((x) => x.id === r.recordedIndicatorId) : undefined;
    const points = indicator
      ? (seriesOf.get(r.id) ?? []).map((p) => ({ at: `${p.year}-12-31`, year: p.year, value: p.value }))
      : (rec?.values ?? []).map((v) => ({ at: v.date, year: Number(v.date.slice(0, 4)), value: v.value }));
    // A computed point stands for its whole year: it is inside the period when its year is.
    const start = indicator ? `${r.periodStart.slice(0, 4)}-12-31` : r.periodStart;
    const end = indicator ? `${r.periodEnd.slice(0, 4)}-12-31` : r.periodEnd;
    const { latest, before } = latestWithin(points, start, end);
    const o = {
      direction: r.direction,
      target: Number(r.target),
      baseline: r.baseline === null ? null : Number(r.baseline),
      periodEnd: r.periodEnd,
      actual: latest?.value ?? null,
      before: before?.value ?? null,
    };
    return {
      id: r.id,
      title: r.title,
      indicatorRef: indicator ? `computed:${indicator.id}` : `recorded:${r.recordedIndicatorId}`,
      labelKey: indicator?.labelKey ?? null,
      recordedName: rec?.name ?? null,
      filter: r.indicatorFilter,
      unit: indicator?.unit ?? rec?.unit ?? "other",
      direction: r.direction,
      target: o.target,
      baseline: o.baseline,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      actual: o.actual,
      actualAt: indicator ? (latest?.at.slice(0, 4) ?? null) : (latest?.at ?? null),
      status: objectiveStatus(o, today),
      trend: objectiveTrend(o),
      progress: objectiveProgress(o),
    };
  });
}

/** One objective as the edit form shows it (every field as text), or null (unknown, another network's). */
export async function getObjective(db: Db, { networkId, id }: { networkId: string; id: string }) {
  if (!isUuid(id)) return null;
  const [r] = await db
    .select()
    .from(objectives)
    .where(and(eq(objectives.networkId, networkId), eq(objectives.id, id)))
    .limit(1);
  if (!r) return null;
  const filter = Object.entries(r.indicatorFilter)[0];
  return {
    id: r.id,
    title: r.title,
    indicator: r.computedIndicatorId
      ? `computed:${r.computedIndicatorId}`
      : `recorded:${r.recordedIndicatorId}`,
    filter: filter ? `${filter[0]}=${filter[1]}` : "",
    direction: r.direction,
    target: String(Number(r.target)),
    baseline: r.baseline === null ? "" : String(Number(r.baseline)),
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
  };
}

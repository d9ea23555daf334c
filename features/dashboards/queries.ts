import "server-only";
import type { Db } from "@/db/types";
import { compareYear, yearsOf } from "./comparison";
import type { AnyIndicator, Comparison, SeriesPoint } from "./constants";
import { registrySeries, type SourceLoads } from "./indicators-data";
import { getObjective, listObjectives, objectivesOf, type ObjectiveView } from "./objectives-data";
import { listRecordedIndicators, listRecordedValues, type RecordedSeries } from "./recorded-data";
import { serdSameStage } from "./serd-stage";
import { staffTotals, type StaffTotals } from "./staff/queries";

// The dashboard's reads. Other areas use staffTimeFor (time spent on a meeting or an edition).
export {
  activityChoices,
  staffTimeFor,
  staffTotals,
  getStaffSettings,
  listTimeEntries,
  timeEntryYears,
} from "./staff/queries";
export type { ActivityRef } from "./staff/queries";
export { indicatorRegistry, findIndicator } from "./indicator-list";
export { startOfWeek } from "./rules";
export { computeIndicator, loadSeries } from "./indicators-data";
export { listRecordedIndicators, listRecordedValues, listObjectives, getObjective };
export { objectiveChoices } from "./objective-choices";
export { getOverviewFigures, overviewTiles } from "./overview";
export type { OverviewTile } from "./overview";
export type { ObjectiveView, RecordedSeries };

export type DashboardFigure = {
  indicator: Pick<AnyIndicator, "id" | "area" | "labelKey" | "definitionKey" | "unit">;
  series: SeriesPoint[];
  point: SeriesPoint | null;
  comparison: Comparison;
};

export type Dashboard = {
  year: number;
  years: number[];
  figures: DashboardFigure[];
  recorded: (RecordedSeries & { point: SeriesPoint | null; comparison: Comparison })[];
  objectives: ObjectiveView[];
};

/** Everything the dashboard shows for one year (null: the latest year with any figure). */
export async function getDashboard(
  db: Db,
  { networkId, year, today }: { networkId: string; year: number | null; today: string },
): Promise<Dashboard> {
  // Every statement leaves at once: the sources, the recorded indicators and the objectives (whose
  // unfiltered series reuse the sources' loads).
  const loads: SourceLoads = new Map();
  const pendingRecorded = listRecordedIndicators(db, { networkId });
  const [computed, recorded, objectives, sameStage] = await Promise.all([
    registrySeries(db, { networkId, today, loads }),
    pendingRecorded,
    objectivesOf(db, { networkId, today, recorded: pendingRecorded, loads }),
    serdSameStage(db, { networkId, today }),
  ]);
  const years = yearsOf([...computed.map((c) => c.series), ...recorded.map((r) => r.series)]);
  const chosen = year ?? years[0] ?? Number(today.slice(0, 4));
  const at = (series: SeriesPoint[]) => series.find((p) => p.year === chosen) ?? null;
  return {
    year: chosen,
    years,
    figures: computed.map(({ indicator, series }) => ({
      indicator: {
        id: indicator.id,
        area: indicator.area,
        labelKey: indicator.labelKey,
        definitionKey: indicator.definitionKey,
        unit: indicator.unit,
      },
      series,
      point: at(series),
      // The open SERD edition's actions are set against the previous edition at the same stage.
      comparison:
        indicator.id === "serd.actions" && sameStage?.year === chosen && at(series)?.stage === "open"
          ? sameStage.comparison
          : compareYear(series, chosen),
    })),
    recorded: recorded.map((r) => ({ ...r, point: at(r.series), comparison: compareYear(r.series, chosen) })),
    objectives,
  };
}

/**
 * The dashboard and the staff time of its year, sent together: the year asked for, or (none asked)
 * the current one, which is the dashboard's year unless nothing was recorded this year.
 */
export async function getDashboardWithStaff(
  db: Db,
  params: { networkId: string; year: number | null; today: string },
): Promise<{ dashboard: Dashboard; staff: StaffTotals }> {
  const guess = params.year ?? Number(params.today.slice(0, 4));
  const [dashboard, staff] = await Promise.all([
    getDashboard(db, params),
    staffTotals(db, { networkId: params.networkId, year: guess }),
  ]);
  if (dashboard.year === guess) return { dashboard, staff };
  return { dashboard, staff: await staffTotals(db, { networkId: params.networkId, year: dashboard.year }) };
}

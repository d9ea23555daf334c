import "server-only";
import type { Db } from "@/db/types";
import { compareYear, yearsOf } from "./comparison";
import type { AnyIndicator, Comparison, SeriesPoint } from "./constants";
import { registrySeries } from "./indicators-data";
import { listObjectives, type ObjectiveView } from "./objectives-data";
import { listRecordedIndicators, type RecordedSeries } from "./recorded-data";

// The dashboard's reads. Other areas use staffTimeFor (time spent on a meeting or an edition).
export {
  activityChoices,
  staffTimeFor,
  staffTotals,
  getStaffSettings,
  listTimeEntries,
} from "./staff/queries";
export type { ActivityRef } from "./staff/queries";
export { indicatorRegistry, findIndicator } from "./indicator-list";
export { computeIndicator, loadSeries } from "./indicators-data";
export { getOverviewFigures, overviewTiles } from "./overview";
export type { OverviewTile } from "./overview";
export { listRecordedIndicators, listObjectives };
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
  const [computed, recorded] = await Promise.all([
    registrySeries(db, { networkId, today }),
    listRecordedIndicators(db, { networkId }),
  ]);
  const objectives = await listObjectives(db, { networkId, today, recorded });
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
      comparison: compareYear(series, chosen),
    })),
    recorded: recorded.map((r) => ({ ...r, point: at(r.series), comparison: compareYear(r.series, chosen) })),
    objectives,
  };
}

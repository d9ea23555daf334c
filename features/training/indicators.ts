import "server-only";
import { and, eq } from "drizzle-orm";
import { serdEditions } from "@/db/schema";
import type { AnyIndicator, IndicatorSource, PointStage } from "@/features/dashboards/constants";
import { getConversion, getCycleFigures } from "./figures";
import { listCycles } from "./queries";

// The training figures for the dashboard, one point per year in which cycles started, computed by
// the cycle figures of ./figures.ts (the ones the cycle page shows). The conversion of a year sets
// its cycles' trained people against the labelled actions of that year's SERD edition. A year is
// "open" while one of its cycles has not ended.

type Row = {
  year: number;
  stage: PointStage;
  enrolled: number;
  trained: number;
  completed: number;
  acting: number;
};

const source: IndicatorSource<Row> = {
  key: "training.cycles",
  async load(db, { networkId, today }) {
    const byYear = new Map<number, Row>();
    const now = new Date(`${today}T23:59:59Z`);
    for (const cycle of await listCycles(db, { networkId })) {
      const year = Number(cycle.startsOn.slice(0, 4));
      const figures = await getCycleFigures(db, { networkId, cycleId: cycle.id, now });
      if (!figures) continue;
      const [edition] = await db
        .select({ id: serdEditions.id })
        .from(serdEditions)
        .where(and(eq(serdEditions.networkId, networkId), eq(serdEditions.year, year)));
      const conversion = edition
        ? await getConversion(db, { networkId, cycleId: cycle.id, editionId: edition.id, now })
        : null;
      const row = byYear.get(year) ?? {
        year,
        stage: "final",
        enrolled: 0,
        trained: 0,
        completed: 0,
        acting: 0,
      };
      row.enrolled += figures.enrolled;
      row.trained += figures.trained;
      row.completed += figures.completed;
      row.acting += conversion?.acting ?? 0;
      if (cycle.endsOn >= today) row.stage = "open";
      byYear.set(year, row);
    }
    return [...byYear.values()].sort((a, b) => a.year - b.year);
  },
};

const def = (
  id: string,
  key: string,
  value: (r: Row) => number | null,
  unit: "count" | "percent" = "count",
): AnyIndicator => ({
  id: `training.${id}`,
  area: "training",
  labelKey: `dashboards.indicators.${key}.label`,
  definitionKey: `dashboards.indicators.${key}.definition`,
  unit,
  source,
  value,
});

export const trainingIndicators: AnyIndicator[] = [
  def("enrolled", "trainingEnrolled", (r) => r.enrolled),
  def("trained", "trainingTrained", (r) => r.trained),
  def("completed", "trainingCompleted", (r) => r.completed),
  def(
    "conversion",
    "trainingConversion",
    (r) => (r.trained ? (100 * r.acting) / r.trained : null),
    "percent",
  ),
];

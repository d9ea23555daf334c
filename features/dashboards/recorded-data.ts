import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { recordedIndicators, recordedValues, users } from "@/db/schema";
import type { Db } from "@/db/types";
import type { IndicatorUnit } from "@/lib/domain/enums";
import type { SeriesPoint } from "./constants";

// Recorded indicators of a network with their values; the yearly series keeps each year's latest value.

export type RecordedSeries = {
  id: string;
  name: string;
  unit: IndicatorUnit;
  definition: string;
  values: { date: string; value: number; source: string }[];
  series: SeriesPoint[];
};

export async function listRecordedIndicators(
  db: Db,
  { networkId }: { networkId: string },
): Promise<RecordedSeries[]> {
  const [indicators, values] = await Promise.all([
    db
      .select()
      .from(recordedIndicators)
      .where(eq(recordedIndicators.networkId, networkId))
      .orderBy(asc(recordedIndicators.name)),
    db
      .select({
        indicatorId: recordedValues.indicatorId,
        date: recordedValues.date,
        value: recordedValues.value,
        source: recordedValues.source,
      })
      .from(recordedValues)
      .where(and(eq(recordedValues.networkId, networkId)))
      .orderBy(asc(recordedValues.date)),
  ]);
  return indicators.map((i) => {
    const own = values
      .filter((v) => v.indicatorId === i.id)
      .map((v) => ({ date: v.date, value: Number(v.value), source: v.source }));
    const byYear = new Map<number, number>();
    for (const v of own) byYear.set(Number(v.date.slice(0, 4)), v.value);
    return {
      id: i.id,
      name: i.name,
      unit: i.unit,
      definition: i.definition,
      values: own,
      series: [...byYear.entries()].map(([year, value]) => ({ year, value, stage: "final" as const })),
    };
  });
}

/** The dated values of one recorded indicator, latest first, with who entered each. */
export async function listRecordedValues(
  db: Db,
  { networkId, indicatorId }: { networkId: string; indicatorId: string },
) {
  const rows = await db
    .select({
      id: recordedValues.id,
      date: recordedValues.date,
      value: recordedValues.value,
      source: recordedValues.source,
      enteredBy: users.name,
    })
    .from(recordedValues)
    .leftJoin(users, eq(users.id, recordedValues.enteredById))
    .where(and(eq(recordedValues.networkId, networkId), eq(recordedValues.indicatorId, indicatorId)))
    .orderBy(desc(recordedValues.date));
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

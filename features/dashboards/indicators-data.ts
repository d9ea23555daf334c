import "server-only";
import type { Db } from "@/db/types";
import type { AnyIndicator, IndicatorFilter, SeriesPoint } from "./constants";
import { findIndicator, indicatorRegistry } from "./indicator-list";

// Computes registry indicators: every source is loaded once per filter, whatever the number of
// indicators that read it.

export type IndicatorRequest = { indicator: AnyIndicator; filter: IndicatorFilter };

/** Loads already started, by source and filter: one request's callers share them (dashboard + objectives). */
export type SourceLoads = Map<string, Promise<{ year: number; stage: SeriesPoint["stage"] }[]>>;

export async function loadSeries(
  db: Db,
  {
    networkId,
    today,
    requests,
    loads = new Map(),
  }: { networkId: string; today: string; requests: IndicatorRequest[]; loads?: SourceLoads },
): Promise<SeriesPoint[][]> {
  const keyOf = (r: IndicatorRequest) => `${r.indicator.source.key}:${JSON.stringify(r.filter)}`;
  for (const r of requests) {
    const key = keyOf(r);
    if (!loads.has(key)) loads.set(key, r.indicator.source.load(db, { networkId, filter: r.filter, today }));
  }
  return Promise.all(
    requests.map(async (r) =>
      (await loads.get(keyOf(r))!).map((row) => ({
        year: row.year,
        stage: row.stage,
        value: r.indicator.value(row),
      })),
    ),
  );
}

/** Every registry indicator, unfiltered: the dashboard's series. */
export async function registrySeries(
  db: Db,
  { networkId, today, loads }: { networkId: string; today: string; loads?: SourceLoads },
) {
  const requests = indicatorRegistry.map((indicator) => ({ indicator, filter: {} }));
  const series = await loadSeries(db, { networkId, today, requests, loads });
  return indicatorRegistry.map((indicator, i) => ({ indicator, series: series[i]! }));
}

/** One indicator's value in one year (null: unknown indicator or nothing recorded that year). */
export async function computeIndicator(
  db: Db,
  params: { networkId: string; id: string; year: number; filter?: IndicatorFilter; today: string },
): Promise<number | null> {
  const indicator = findIndicator(params.id);
  if (!indicator) return null;
  const [series] = await loadSeries(db, {
    networkId: params.networkId,
    today: params.today,
    requests: [{ indicator, filter: params.filter ?? {} }],
  });
  return series!.find((p) => p.year === params.year)?.value ?? null;
}

import "server-only";
import { count, eq } from "drizzle-orm";
import { communes } from "@/db/schema";
import type { Db } from "@/db/types";
import type { IndicatorUnit, NetworkKind } from "@/lib/domain/enums";
import type { Messages } from "@/lib/i18n/messages";
import type { IndicatorFilter, SeriesPoint } from "./constants";
import { findIndicator } from "./indicator-list";
import { loadSeries } from "./indicators-data";
import { listRecordedIndicators } from "./recorded-data";

// The overview's figures by kind of network, read off the indicator registry: an ambassadors'
// network has no actors' councils to average, it has member collectivities, network meetings,
// visit days and shared tools; an exchange network has its exchange days and the communes that
// came; an internal mobilisation has its working groups and the indicators it records.

export type OverviewTileKey = keyof Messages["dashboards"]["overview"]["tiles"];

type TileSpec = {
  /** Message key under dashboards.overview.tiles. */
  key: OverviewTileKey;
  /** Registry indicator and filters; several filters are summed (EPCIs + communes). */
  id: string;
  filters?: IndicatorFilter[];
  /** `latest`: the latest year with a value; `sum`: every year added up (counts only). */
  over: "latest" | "sum";
  /** Shown as "value of the network's member communes". */
  ofCommunes?: boolean;
};

const eventType = (t: string) => [{ eventType: t }];

export const overviewTiles: Record<NetworkKind, TileSpec[]> = {
  plp: [
    { key: "trained", id: "training.trained", over: "latest" },
    { key: "conversion", id: "training.conversion", over: "latest" },
    { key: "contributions", id: "serd.contributions", over: "latest" },
    { key: "fte", id: "staff.fte", over: "latest" },
  ],
  ambassadors: [
    {
      key: "memberCollectivities",
      id: "directory.organisations",
      filters: [{ actorType: "epci" }, { actorType: "municipality" }],
      over: "latest",
    },
    { key: "ambassadorsMeetings", id: "meetings.held", filters: eventType("ambassadors_meeting"), over: "latest" },
    { key: "visitDays", id: "meetings.visitDays", filters: eventType("site_visit"), over: "sum" },
    { key: "toolsPublished", id: "tools.published", over: "sum" },
    { key: "loans", id: "tools.loans", over: "latest" },
    { key: "fte", id: "staff.fte", over: "latest" },
  ],
  exchange: [
    { key: "exchangeDays", id: "meetings.held", filters: eventType("municipal_network_day"), over: "sum" },
    {
      key: "communesPresent",
      id: "meetings.communesPresent",
      filters: eventType("municipal_network_day"),
      over: "latest",
      ofCommunes: true,
    },
    {
      key: "peoplePresent",
      id: "meetings.averagePresent",
      filters: eventType("municipal_network_day"),
      over: "latest",
    },
    { key: "methodSheets", id: "tools.published", over: "sum" },
    { key: "hours", id: "staff.hours", over: "latest" },
    { key: "cost", id: "staff.cost", over: "latest" },
  ],
  internal: [
    { key: "workingGroups", id: "meetings.workingGroups", filters: eventType("working_group"), over: "latest" },
    { key: "workingGroupMeetings", id: "meetings.held", filters: eventType("working_group"), over: "sum" },
    {
      key: "directions",
      id: "directory.organisations",
      filters: [{ actorType: "internal_service" }],
      over: "latest",
    },
    { key: "partners", id: "meetings.organisationsPresent", over: "latest" },
  ],
};

export type OverviewTile = {
  /** A registry tile's message key, or null for a recorded indicator (then `name` is its name). */
  key: OverviewTileKey | null;
  name: string | null;
  definitionKey: string | null;
  unit: IndicatorUnit;
  value: number;
  over: "latest" | "sum";
  /** The latest year (latest) or the first year (sum) of the figure. */
  year: number;
  /** Member communes, when the figure reads "x of the network's communes". */
  ofCommunes: number | null;
  /** The yearly points behind the figure, oldest first (at most the last five). */
  series: { year: number; value: number }[];
};

const known = (series: SeriesPoint[]) =>
  series.filter((p): p is SeriesPoint & { value: number } => p.value !== null);

/** Adds up several filtered series of one indicator year by year (EPCIs + communes). */
function sumSeries(all: SeriesPoint[][]) {
  const byYear = new Map<number, number>();
  for (const series of all) for (const p of known(series)) byYear.set(p.year, (byYear.get(p.year) ?? 0) + p.value);
  return [...byYear.entries()].sort(([x], [y]) => x - y).map(([year, value]) => ({ year, value }));
}

function tileOf(points: { year: number; value: number }[], over: "latest" | "sum") {
  // A year of zero counts nothing: "latest" is the latest year where something happened.
  const meaningful = points.filter((p) => p.value !== 0);
  const last = meaningful.at(-1);
  if (!last) return null;
  return over === "sum"
    ? { value: meaningful.reduce((s, p) => s + p.value, 0), year: meaningful[0]!.year }
    : { value: last.value, year: last.year };
}

/** The overview's figures for a network of this kind; a figure with nothing recorded is left out. */
export async function getOverviewFigures(
  db: Db,
  { networkId, kind, today }: { networkId: string; kind: NetworkKind; today: string },
): Promise<OverviewTile[]> {
  const specs = overviewTiles[kind];
  const requests = specs.flatMap((spec) => {
    const indicator = findIndicator(spec.id);
    if (!indicator) throw new Error(`overview: unknown indicator ${spec.id}`);
    return (spec.filters ?? [{}]).map((filter) => ({ indicator, filter }));
  });
  const [series, [communeCount], recorded] = await Promise.all([
    loadSeries(db, { networkId, today, requests }),
    db.select({ n: count() }).from(communes).where(eq(communes.networkId, networkId)),
    kind === "internal" ? listRecordedIndicators(db, { networkId }) : Promise.resolve([]),
  ]);
  const tiles: OverviewTile[] = [];
  let at = 0;
  for (const spec of specs) {
    const parts = series.slice(at, at + (spec.filters?.length ?? 1));
    at += parts.length;
    const points = sumSeries(parts);
    const figure = tileOf(points, spec.over);
    if (!figure) continue;
    const indicator = findIndicator(spec.id)!;
    tiles.push({
      key: spec.key,
      name: null,
      definitionKey: indicator.definitionKey,
      unit: indicator.unit,
      ...figure,
      over: spec.over,
      ofCommunes: spec.ofCommunes ? (communeCount?.n ?? 0) : null,
      series: points.filter((p) => p.value !== 0).slice(-5),
    });
  }
  for (const r of recorded) {
    const points = known(r.series).sort((x, y) => x.year - y.year);
    const figure = tileOf(points, "latest");
    if (!figure) continue;
    tiles.push({
      key: null,
      name: r.name,
      definitionKey: null,
      unit: r.unit,
      ...figure,
      over: "latest",
      ofCommunes: null,
      series: points.slice(-5),
    });
  }
  return tiles;
}

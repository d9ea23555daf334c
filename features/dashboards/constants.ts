import type { Db } from "@/db/types";
import type { IndicatorUnit } from "@/lib/domain/enums";

// The indicator registry's contract (client-safe types and values). Each area describes its
// figures in its own `indicators.ts`; ./indicator-list.ts gathers them.

/** Whether a yearly point is over (finished year, closed edition) or still moving. */
export type PointStage = "final" | "open";

/** One year of an indicator. A year without a point is a gap (nothing recorded). */
export type SeriesPoint = { year: number; value: number | null; stage: PointStage };

export type IndicatorFilter = Record<string, string>;

export type SourceParams = { networkId: string; filter: IndicatorFilter; today: string };

/**
 * Rows per year shared by several indicators of one area (one query for all SERD figures, say):
 * the dashboard loads each source once per filter.
 */
export type IndicatorSource<R extends { year: number; stage: PointStage }> = {
  key: string;
  load: (db: Db, params: SourceParams) => Promise<R[]>;
};

export type IndicatorDefinition<R extends { year: number; stage: PointStage } = never> = {
  /** Stable id, stored in objectives: "<area>.<figure>". */
  id: string;
  area: string;
  /** Full message keys ("dashboards.indicators.meetingsHeld.label"), so an area may keep its own namespace. */
  labelKey: string;
  definitionKey: string;
  unit: IndicatorUnit;
  /** The filters the indicator understands, each with its allowed values. */
  filters?: { key: string; values: readonly string[]; labelKey: (value: string) => string }[];
  source: IndicatorSource<R>;
  value: (row: R) => number | null;
};

// The registry stores definitions of different row types side by side.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyIndicator = IndicatorDefinition<any>;

/** How a year's figure compares with an earlier one (like with like, or not at all). */
export type Comparison =
  | { kind: "previous"; previousYear: number; previous: number; delta: number; percent: number | null }
  | {
      kind: "gap";
      previousYear: number;
      previous: number;
      delta: number;
      percent: number | null;
      missingFrom: number;
      missingTo: number;
    }
  | { kind: "open"; previousYear: number | null }
  /** An open SERD edition: actions submitted by day N of its registrations vs the previous edition's by its day N. */
  | {
      kind: "sameStage";
      previousYear: number;
      day: number;
      current: number;
      previous: number;
      delta: number;
      percent: number | null;
    }
  | { kind: "none" };

export type ObjectiveStatus = "reached" | "not_reached" | "in_progress" | "no_data";
export type Trend = "improving" | "worsening" | "stable" | "unknown";

export const csvImportMaxRows = 5000;

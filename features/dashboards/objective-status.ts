import type { ObjectiveDirection } from "@/lib/domain/enums";
import type { ObjectiveStatus, Trend } from "./constants";

// Target against actual, pure. The target itself counts as reached (at least 6 of 8: 6 is reached).

export type ObjectiveInput = {
  direction: ObjectiveDirection;
  target: number;
  baseline: number | null;
  periodEnd: string;
  /** The latest value within the period, and the one before it (for the trend). */
  actual: number | null;
  before: number | null;
};

export function objectiveStatus(o: ObjectiveInput, today: string): ObjectiveStatus {
  if (o.actual === null) return "no_data";
  const reached = o.direction === "at_least" ? o.actual >= o.target : o.actual <= o.target;
  if (reached) return "reached";
  return today > o.periodEnd ? "not_reached" : "in_progress";
}

/** Whether the last move goes toward the target (a lower value is better for "at most"). */
export function objectiveTrend(
  o: Pick<ObjectiveInput, "direction" | "actual" | "before" | "baseline">,
): Trend {
  const before = o.before ?? o.baseline;
  if (o.actual === null || before === null) return "unknown";
  if (o.actual === before) return "stable";
  const up = o.actual > before;
  return up === (o.direction === "at_least") ? "improving" : "worsening";
}

/** Share of the way from the baseline to the target, in % (null without a baseline). */
export function objectiveProgress(o: Pick<ObjectiveInput, "target" | "actual" | "baseline">): number | null {
  if (o.actual === null || o.baseline === null || o.target === o.baseline) return null;
  return Math.round(((o.actual - o.baseline) / (o.target - o.baseline)) * 1000) / 10;
}

// Engagement histories of the demo organisations: created as "potential", then the steps that
// led to their current status, with increasing dates; some lapse a step and recover.

import { engagementStatuses, type EngagementStatus } from "@/lib/domain/enums";
import type { Rng } from "./generators";

const DAY = 86_400_000;

/** The statuses an organisation went through, from "potential" at its creation to `current`. */
export function engagementPath(rng: Rng, current: EngagementStatus): EngagementStatus[] {
  const k = engagementStatuses.indexOf(current);
  const path: EngagementStatus[] = ["potential"];
  for (let i = 1; i <= k; i++) {
    // Met at an event, some commit at once without a "contacted" phase.
    if (i === 1 && k >= 2 && rng.chance(0.2)) continue;
    path.push(engagementStatuses[i] as EngagementStatus);
  }
  if (rng.chance(0.2)) {
    // A step back: a departure or a reorganisation loosens the tie, then it is picked up again;
    // or, below "core", the organisation went one step further before settling back.
    if (k === engagementStatuses.length - 1) path.splice(path.length - 1, 0, "core", "engaged");
    else path.push(engagementStatuses[k + 1] as EngagementStatus, current);
  }
  return path;
}

/** Creation day of a demo organisation, further back the more engaged it is. */
export function creationDaysAgo(rng: Rng, status: EngagementStatus): number {
  const range: Record<EngagementStatus, [number, number]> = {
    potential: [60, 2_500],
    contacted: [200, 3_000],
    engaged: [400, 3_300],
    core: [700, 3_600],
  };
  const [min, max] = range[status];
  return rng.int(min, max);
}

export type StatusStep = { fromStatus: EngagementStatus | null; toStatus: EngagementStatus; changedAt: Date };

/**
 * The history rows of one organisation: the creation at `createdAt`, then each change at a
 * strictly later date, the last one at least a day before `now`.
 */
export function engagementHistory(
  rng: Rng,
  current: EngagementStatus,
  createdAt: Date,
  now: Date,
): StatusStep[] {
  const path = engagementPath(rng, current);
  const start = createdAt.getTime();
  const end = Math.max(start + path.length * DAY, now.getTime() - DAY);
  const moments = path
    .slice(1)
    .map(() => start + DAY + Math.floor(rng.float() * (end - start - 2 * DAY)))
    .sort((x, y) => x - y);
  const steps: StatusStep[] = [{ fromStatus: null, toStatus: "potential", changedAt: createdAt }];
  let previous = start;
  path.slice(1).forEach((toStatus, i) => {
    // At least an hour apart, so that the order of the steps is their order in time.
    const at = Math.max(moments[i] as number, previous + 3_600_000);
    steps.push({ fromStatus: path[i] as EngagementStatus, toStatus, changedAt: new Date(at) });
    previous = at;
  });
  return steps;
}

export function daysBefore(date: Date, days: number): Date {
  return new Date(date.getTime() - days * DAY);
}

import { addDays, weekday } from "@/lib/domain/paris-time";

// Rules of a time entry that need two fields or the clock. Pure: each broken rule is a field and
// the message key to show there.

/** Sunday of the Paris week (Monday to Sunday) of `today`. */
export function endOfWeek(today: string): string {
  return addDays(today, (7 - weekday(today)) % 7);
}

/** Monday of the week of `day`. */
export function startOfWeek(day: string): string {
  return addDays(day, -((weekday(day) + 6) % 7));
}

export function daysInPeriod(startsOn: string, endsOn: string): number {
  return (
    Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${startsOn}T00:00:00Z`)) / 86_400_000) + 1
  );
}

export function timeEntryErrors(
  e: { startsOn: string; endsOn: string; hours: number },
  today: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (e.endsOn < e.startsOn) errors.endsOn = "dashboards.errors.periodOrder";
  const limit = endOfWeek(today);
  if (e.startsOn > limit) errors.startsOn = "dashboards.errors.future";
  else if (e.endsOn > limit) errors.endsOn = "dashboards.errors.future";
  if (!errors.endsOn && e.hours > 24 * daysInPeriod(e.startsOn, e.endsOn))
    errors.amount = "dashboards.errors.dayLimit";
  return errors;
}

export function periodErrors(p: { periodStart: string; periodEnd: string }): Record<string, string> {
  return p.periodEnd < p.periodStart ? { periodEnd: "dashboards.errors.periodOrder" } : {};
}

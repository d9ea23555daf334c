import { parisDateKey, parisToUtc } from "@/lib/domain/paris-time";

// Occurrence dates and times are Paris wall-clock values (a `date` and `time` column); calendars
// need instants. The conversion itself lives in lib/domain/paris-time.ts.

/** The instant of a Paris wall-clock date ("2026-11-21") and time ("14:30" or "14:30:00"). */
export function parisInstant(date: string, time = "00:00"): Date {
  const [h = 0, m = 0] = time.split(":").map(Number);
  const [y = 1970, mo = 1, d = 1] = date.split("-").map(Number);
  return parisToUtc(y, mo, d, h, m);
}

/** "14:30:00" → "14:30". */
export function shortTime(time: string | null): string | null {
  return time ? time.slice(0, 5) : null;
}

/** Every day from `start` to `end` inclusive, as YYYY-MM-DD. */
export function daysBetween(start: string, end: string): string[] {
  const out: string[] = [];
  const last = Date.parse(`${end}T00:00:00Z`);
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= last && out.length < 62; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** Today's date in Paris, YYYY-MM-DD. */
export function parisToday(now = new Date()): string {
  return parisDateKey(now);
}

import { timeZone } from "@/lib/i18n/config";

// Occurrence dates and times are Paris wall-clock values (a `date` and `time` column); calendars
// need instants. The offset is read from Intl for that day, so daylight-saving days come out right.

function offsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant of a Paris wall-clock date ("2026-11-21") and time ("14:30" or "14:30:00"). */
export function parisInstant(date: string, time = "00:00"): Date {
  const [h = 0, m = 0] = time.split(":").map(Number);
  const [y = 1970, mo = 1, d = 1] = date.split("-").map(Number);
  const naive = Date.UTC(y, mo - 1, d, h, m);
  // Two passes: the offset of the guessed instant, then of the corrected one (DST edges).
  const first = naive - offsetMinutes(new Date(naive)) * 60_000;
  return new Date(naive - offsetMinutes(new Date(first)) * 60_000);
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
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

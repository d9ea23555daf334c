// Occurrence dates of a recurring series, computed on Paris calendar dates: an 18:00 meeting is
// at 18:00 in Paris in winter and in summer (its UTC instant moves with daylight saving).
import { daysInMonth, parisToUtc } from "./paris-time";

export const maxOccurrences = 60;
export const recurrenceKinds = ["monthly_weekday", "monthly_day", "weekly"] as const;
export type RecurrenceKind = (typeof recurrenceKinds)[number];

/** ISO weekday: 1 Monday … 7 Sunday. `nth`: 1-4, or -1 for the month's last such weekday. */
export type RecurrenceRule =
  | { kind: "monthly_weekday"; interval: number; nth: number; weekday: number }
  | { kind: "monthly_day"; interval: number }
  | { kind: "weekly"; interval: number };

export type SeriesPlan = {
  rule: RecurrenceRule;
  /** First possible date, "YYYY-MM-DD" (Paris). */
  startDate: string;
  /** Start time in Paris, "HH:MM". */
  time: string;
  durationMinutes: number;
  /** Last possible date (inclusive), or a number of occurrences. */
  until?: string | null;
  count?: number | null;
};

export type Occurrence = { date: string; startsAt: Date; endsAt: Date };

type Ymd = { year: number; month: number; day: number };
const pad = (n: number) => String(n).padStart(2, "0");
const key = (d: Ymd) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

export function parseYmd(value: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day] = m.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** ISO weekday of a calendar date (no time zone involved). */
export function isoWeekday(d: Ymd): number {
  return ((new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7) + 1;
}

function addMonths(d: Pick<Ymd, "year" | "month">, n: number) {
  const index = d.year * 12 + (d.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function addDays(d: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The nth (or last, nth = -1) given weekday of a month; null when the month has no such day. */
export function nthWeekdayOfMonth(year: number, month: number, nth: number, weekday: number): Ymd | null {
  if (nth === -1) {
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
  }
  const first = { year, month, day: 1 };
  const day = 1 + ((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7;
  return day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** Candidate dates in order, from the start date on (unbounded; the caller stops). */
function* candidates(rule: RecurrenceRule, start: Ymd): Generator<Ymd> {
  const interval = Math.max(1, Math.floor(rule.interval));
  if (rule.kind === "weekly") {
    for (let i = 0; ; i++) yield addDays(start, i * 7 * interval);
  }
  for (let i = 0; i < 10_000; i++) {
    const { year, month } = addMonths(start, i * interval);
    if (rule.kind === "monthly_day") {
      // The same day of the month; a shorter month gets its last day (31 → 30 April, 28/29 February).
      yield { year, month, day: Math.min(start.day, daysInMonth(year, month)) };
    } else {
      const d = nthWeekdayOfMonth(year, month, rule.nth, rule.weekday);
      if (d && key(d) >= key(start)) yield d;
    }
  }
}

/**
 * The occurrences of a series, at most `maxOccurrences` + 1 (one more than allowed, so that the
 * caller can refuse a plan that would create too many rather than silently cut it).
 */
export function planOccurrences(plan: SeriesPlan): Occurrence[] {
  const start = parseYmd(plan.startDate);
  const until = plan.until ? parseYmd(plan.until) : null;
  const [hour, minute] = plan.time.split(":").map(Number) as [number, number];
  if (!start || (plan.until && !until)) return [];
  const limit = Math.min(plan.count ?? maxOccurrences + 1, maxOccurrences + 1);
  const out: Occurrence[] = [];
  for (const d of candidates(plan.rule, start)) {
    if (out.length >= limit) break;
    if (until && key(d) > key(until)) break;
    if (!until && !plan.count) break;
    const startsAt = parisToUtc(d.year, d.month, d.day, hour, minute);
    out.push({
      date: key(d),
      startsAt,
      endsAt: new Date(startsAt.getTime() + plan.durationMinutes * 60_000),
    });
  }
  return out;
}

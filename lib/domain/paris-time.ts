import { halfDays } from "./enums";

// THE Paris-time module: every "day", "half-day", "today" and wall-clock instant of the app is
// computed here, whatever the server's or browser's own zone. Forms send `datetime-local` values
// ("2026-11-03T18:00") that mean Paris time, recurring meetings keep their Paris hour across
// daylight-saving changes, deadlines end at midnight in Paris. Pure: importable from forms,
// actions, the seed and client components alike. (Display of dates lives in lib/i18n/format-day.ts.)

export const parisTimeZone = "Europe/Paris";

const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: parisTimeZone,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

export type LocalParts = { year: number; month: number; day: number; hour: number; minute: number };

/** The Paris calendar date and time of an instant (month 1-12). */
export function parisParts(date: Date): LocalParts {
  const p: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(date)) {
    if (part.type !== "literal") p[part.type] = Number(part.value);
  }
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour! % 24, minute: p.minute! };
}

/** Minutes Paris is ahead of UTC at that instant (60 in winter, 120 in summer). */
function offsetMinutes(instant: number): number {
  const p = parisParts(new Date(instant));
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/**
 * The instant of a Paris wall-clock time. A time skipped by the spring change (02:30 on the last
 * Sunday of March) lands one hour later; a repeated autumn time takes its first (summer) instance.
 */
export function parisToUtc(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets a day before and a day after cover both sides of any change on that day.
  const before = guess - offsetMinutes(guess - 86_400_000) * 60_000;
  const after = guess - offsetMinutes(guess + 86_400_000) * 60_000;
  const valid = [before, after].filter((t) => {
    const p = parisParts(new Date(t));
    return p.year === year && p.month === month && p.day === day && p.hour === hour && p.minute === minute;
  });
  return new Date(valid.length ? Math.min(...valid) : before);
}

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** "2026-11-03T18:00" read as Paris time; null when malformed or not a real date. */
export function parseParisDateTime(value: string): Date | null {
  const m = localPattern.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59) return null;
  return parisToUtc(year, month, day, hour, minute);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The `datetime-local` value showing an instant in Paris time. */
export function toParisInputValue(date: Date): string {
  const p = parisParts(date);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** "YYYY-MM-DD" of an instant in Paris: the calendar day, comparable as text. */
export function parisDateKey(date: Date): string {
  const p = parisParts(date);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Today's date in Paris, YYYY-MM-DD. */
export function parisToday(now = new Date()): string {
  return parisDateKey(now);
}

/** The instant of a Paris wall-clock date ("2026-11-21") and time ("14:30" or "14:30:00"). */
export function parisInstant(date: string, time = "00:00"): Date {
  const [h = 0, m = 0] = time.split(":").map(Number);
  const [y = 1970, mo = 1, d = 1] = date.split("-").map(Number);
  return parisToUtc(y, mo, d, h, m);
}

/** Minutes since midnight, Paris wall clock (0-1439). */
export function parisMinutes(date: Date): number {
  const p = parisParts(date);
  return p.hour * 60 + p.minute;
}

/** Days since 1970-01-01 of the Paris calendar day: differences count calendar days, whatever the DST. */
export function parisDayNumber(date: Date): number {
  const p = parisParts(date);
  return Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
}

export type HalfDay = (typeof halfDays)[number];

/**
 * The half-days a meeting covers: morning if it starts before 12:30, afternoon if it ends after
 * 13:30 (a short lunch-time meeting gets the half-day it starts in), both when it spans days.
 */
export function halfDaysOf(startsAt: Date, endsAt: Date): HalfDay[] {
  if (parisDateKey(startsAt) !== parisDateKey(endsAt)) return ["am", "pm"];
  const start = parisMinutes(startsAt);
  const end = parisMinutes(endsAt);
  const out: HalfDay[] = [];
  if (start < 12 * 60 + 30) out.push("am");
  if (end > 13 * 60 + 30) out.push("pm");
  if (out.length === 0) out.push(start < 13 * 60 ? "am" : "pm");
  return out;
}

/** From this Paris time on, a meeting's afternoon half-day is its evening (a council at 18:00). */
export const eveningStartMinutes = 17 * 60;

/**
 * What a half-day is called on a sheet or a check-in screen: "am" is the morning; "pm" is the
 * evening when the meeting is on one day and starts at 17:00 or later, the afternoon otherwise.
 */
export function halfDayPeriod(halfDay: HalfDay, startsAt: Date, endsAt: Date): "am" | "pm" | "evening" {
  if (halfDay === "am") return "am";
  const oneDay = parisDateKey(startsAt) === parisDateKey(endsAt);
  return oneDay && parisMinutes(startsAt) >= eveningStartMinutes ? "evening" : "pm";
}

// Calendar days ("YYYY-MM-DD") have no time zone: their arithmetic runs in UTC, where every day
// has 24 hours.

/** Adds days to a YYYY-MM-DD date. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, of a YYYY-MM-DD date. */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** Every day from `start` to `end` inclusive, as YYYY-MM-DD (62 at most). */
export function daysBetween(start: string, end: string): string[] {
  const out: string[] = [];
  const last = Date.parse(`${end}T00:00:00Z`);
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= last && out.length < 62; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first instant of a Paris month and of the next one (for month views and year filters). */
export function parisMonthRange(year: number, month: number): { from: Date; to: Date } {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return { from: parisToUtc(year, month, 1), to: parisToUtc(next.year, next.month, 1) };
}

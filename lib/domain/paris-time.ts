// Wall-clock time in Europe/Paris, whatever the server's own zone: forms send `datetime-local`
// values ("2026-11-03T18:00") that mean Paris time, and recurring meetings keep their Paris hour
// across daylight-saving changes. Pure: importable from forms, actions and the seed alike.

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

/** "YYYY-MM-DD" of an instant in Paris. */
export function parisDateKey(date: Date): string {
  const p = parisParts(date);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
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

import { parisMinutes, parisTimeZone } from "@/lib/domain/paris-time";

// THE display of dates and times, always on the Paris clock whatever the server's or browser's
// zone. Which day an instant falls on is lib/domain/paris-time.ts's business; this module only
// writes it for a reader ("samedi 21 novembre 2026", "9 h 12").

type DateFormatter = { dateTime: (value: Date, options: { dateStyle: "long" }) => string };

/** A calendar date "YYYY-MM-DD" (no time) formatted at noon UTC, so that no time zone moves it to another day. */
export function calendarDay(format: DateFormatter, ymd: string): string {
  return format.dateTime(new Date(`${ymd}T12:00:00Z`), { dateStyle: "long" });
}

type Style = "full" | "long" | "medium" | "short" | "weekdayLong" | "weekdayLongNoYear" | "dayMonth";

const options: Record<Style, Intl.DateTimeFormatOptions> = {
  full: { dateStyle: "full" },
  long: { dateStyle: "long" },
  medium: { dateStyle: "medium" },
  short: { dateStyle: "short" },
  weekdayLong: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  weekdayLongNoYear: { weekday: "long", day: "numeric", month: "long" },
  dayMonth: { day: "numeric", month: "long" },
};

// Building an Intl formatter costs far more than using one: one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, style: Style): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: parisTimeZone, ...options[style] });
    formatters.set(key, f);
  }
  return f;
}

/** The Paris date of an instant ("jeudi 12 mars 2026" in "full"; "12/03/2026" in "short"). */
export function formatParisDate(
  date: Date,
  locale: string,
  style: "full" | "long" | "short" = "full",
): string {
  return formatter(locale, style).format(date);
}

/** A calendar day ("2026-11-21") as "samedi 21 novembre 2026"; noon UTC keeps it on its day in Paris. */
export function formatDay(day: string, locale: string, withYear = true): string {
  return formatter(locale, withYear ? "weekdayLong" : "weekdayLongNoYear").format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** A calendar day ("2026-11-14") as "14 nov. 2026": tables and lists. */
export function formatMediumDay(day: string, locale: string): string {
  return formatter(locale, "medium").format(new Date(`${day}T12:00:00Z`));
}

/** A calendar day ("2026-11-21") as "21 novembre". */
export function formatShortDay(day: string, locale: string): string {
  return formatter(locale, "dayMonth").format(new Date(`${day}T12:00:00Z`));
}

/** "9 h 12" in French, "9:12" in English: the time of a check-in or a signature, in Paris. */
export function clockTime(date: Date, locale: string): string {
  const minutes = parisMinutes(date);
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, "0");
  return locale === "fr" ? `${h} h ${m}` : `${h}:${m}`;
}

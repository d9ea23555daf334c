import { halfDays } from "@/lib/domain/enums";

// Times and half-days of a meeting, in Europe/Paris whatever the server's or browser's zone.
// Pure functions: used by the check-in list (client), the actions and the PDF sheet alike.

export type HalfDay = (typeof halfDays)[number];
const zone = "Europe/Paris";

function parisParts(date: Date) {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return {
    day: `${get("year")}-${get("month")}-${get("day")}`,
    minutes: Number(get("hour")) * 60 + Number(get("minute")),
  };
}

/** The calendar day in Paris ("2025-03-14", comparable as text), to compare days without caring about offsets. */
export function parisDay(date: Date): string {
  return parisParts(date).day;
}

/**
 * The half-days a meeting covers: morning if it starts before 12:30, afternoon if it ends after
 * 13:30 (a short lunch-time meeting gets the half-day it starts in), both when it spans days.
 */
export function halfDaysOf(startsAt: Date, endsAt: Date): HalfDay[] {
  const start = parisParts(startsAt);
  const end = parisParts(endsAt);
  if (start.day !== end.day) return ["am", "pm"];
  const out: HalfDay[] = [];
  if (start.minutes < 12 * 60 + 30) out.push("am");
  if (end.minutes > 13 * 60 + 30) out.push("pm");
  if (out.length === 0) out.push(start.minutes < 13 * 60 ? "am" : "pm");
  return out;
}

/** "9 h 12" in French, "9:12" in English: the time of a check-in or a signature, in Paris. */
export function clockTime(date: Date, locale: string): string {
  const { minutes } = parisParts(date);
  const h = Math.floor(minutes / 60);
  const m = String(minutes % 60).padStart(2, "0");
  return locale === "fr" ? `${h} h ${m}` : `${h}:${m}`;
}

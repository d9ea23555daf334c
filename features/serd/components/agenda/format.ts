import { timeZone } from "@/lib/i18n/config";
import type { translator } from "@/lib/i18n/messages";

export type AgendaT = ReturnType<typeof translator>;

// Building an Intl formatter costs far more than using one: one per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, style: "long" | "longNoYear" | "short"): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      locale,
      style === "short"
        ? { timeZone, day: "numeric", month: "long" }
        : {
            timeZone,
            weekday: "long",
            day: "numeric",
            month: "long",
            year: style === "long" ? "numeric" : undefined,
          },
    );
    formatters.set(key, f);
  }
  return f;
}

/** A calendar day ("2026-11-21") as "samedi 21 novembre 2026"; noon UTC keeps it on its day in Paris. */
export function formatDay(day: string, locale: string, withYear = true): string {
  return formatter(locale, withYear ? "long" : "longNoYear").format(new Date(`${day}T12:00:00Z`));
}

export function formatShortDay(day: string, locale: string): string {
  return formatter(locale, "short").format(new Date(`${day}T12:00:00Z`));
}

const hm = (time: string) => time.slice(0, 5);

export function timeLabel(t: AgendaT, o: { startTime: string | null; endTime: string | null }): string {
  if (o.startTime && o.endTime) return t("agenda.timeRange", { start: hm(o.startTime), end: hm(o.endTime) });
  if (o.startTime) return t("agenda.timeFrom", { start: hm(o.startTime) });
  return t("agenda.noTimes");
}

/** Place, address and commune, without repeats or blanks. */
export function placeLabel(o: {
  place: string | null;
  address: string | null;
  communeName: string | null;
}): string {
  return [o.place, o.address, o.communeName].filter((p): p is string => Boolean(p?.trim())).join(", ");
}

/** Enum labels written by the SERD area (themes, publics, formats) for keys stored as text. */
export function serdLabel(t: AgendaT, group: "themes" | "publics" | "formats", key: string): string {
  return (t as unknown as (k: string) => string)(`serd.${group}.${key}`);
}

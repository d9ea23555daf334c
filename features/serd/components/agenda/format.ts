import type { translator } from "@/lib/i18n/messages";

export type AgendaT = ReturnType<typeof translator>;

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

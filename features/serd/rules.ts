import { addDays, parisDateKey } from "@/lib/domain/paris-time";

// The SERD rules, pure functions shared by forms, mutations and tests.

export type EditionDates = {
  startsOn: string;
  endsOn: string;
  registrationClosesOn: string;
  networkDeadline: string | null;
};

/** The last day partners may submit or edit: the network's deadline if set, else the national one. */
export function deadlineOf(edition: EditionDates): string {
  return edition.networkDeadline ?? edition.registrationClosesOn;
}

/** Past the deadline once the deadline day has ended in Europe/Paris. */
export function isPastDeadline(edition: EditionDates, now: Date): boolean {
  return parisDateKey(now) > deadlineOf(edition);
}

/** Results may be recorded from the first day of the week on. */
export function resultsOpen(edition: EditionDates, now: Date): boolean {
  return parisDateKey(now) >= edition.startsOn;
}

export function withinEdition(edition: EditionDates, day: string): boolean {
  return day >= edition.startsOn && day <= edition.endsOn;
}

export const labelRules = ["noTheme", "notFreeEntry", "notNonProfit", "noOccurrenceInEdition"] as const;
export type LabelRule = (typeof labelRules)[number];

/** The SERD rules an action breaks; labelling is refused while any remains. */
export function brokenRules(
  action: { themes: string[]; freeEntry: boolean; nonProfit: boolean },
  occurrenceDays: string[],
  edition: EditionDates,
): LabelRule[] {
  const out: LabelRule[] = [];
  if (action.themes.length === 0) out.push("noTheme");
  if (!action.freeEntry) out.push("notFreeEntry");
  if (!action.nonProfit) out.push("notNonProfit");
  if (!occurrenceDays.some((d) => withinEdition(edition, d))) out.push("noOccurrenceInEdition");
  return out;
}

// ——— Editions through the year (decision 0025) ———

/** Without a date set by the coordinator, results are expected within 60 days of the week's end. */
export const resultsGraceDays = 60;

export type EditionTimeline = { startsOn: string; endsOn: string; resultsDueOn: string | null };

/** The day by which the edition's results are expected. */
export function resultsDueOf(edition: EditionTimeline): string {
  return edition.resultsDueOn ?? addDays(edition.endsOn, resultsGraceDays);
}

export type EditionPhase = "upcoming" | "running" | "collecting" | "closed";

/** Before the week, during it, after it while results are collected, and once they are due. */
export function editionPhase(edition: EditionTimeline, today: string): EditionPhase {
  if (today < edition.startsOn) return "upcoming";
  if (today <= edition.endsOn) return "running";
  if (today <= resultsDueOf(edition)) return "collecting";
  return "closed";
}

/**
 * The edition SERD pages open on: the one whose results are being collected (the week just
 * ended), else the one running or coming next, else the latest. Opening next year's edition
 * does not move the pages off the one whose results are still expected.
 */
export function defaultEditionOf<E extends EditionTimeline & { year: number }>(
  editions: E[],
  today: string,
): E | null {
  const byYearDesc = [...editions].sort((a, b) => b.year - a.year);
  const collecting = byYearDesc.find((e) => editionPhase(e, today) === "collecting");
  if (collecting) return collecting;
  const next = [...editions]
    .filter((e) => e.endsOn >= today)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
  return next ?? byYearDesc[0] ?? null;
}

/** The edition partners register new actions in: the next one whose deadline has not passed. */
export function registrationEditionOf<E extends EditionDates & { year: number }>(
  editions: E[],
  today: string,
): E | null {
  return (
    [...editions].filter((e) => deadlineOf(e) >= today).sort((a, b) => a.year - b.year)[0] ?? null
  );
}

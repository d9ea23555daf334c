import { parisDateKey } from "@/lib/domain/paris-time";

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

// Client-safe values of this area: importable from "use client" components (no zod here).

/** "Je viens", "Je ne viens pas", "Je suis excusé·e". */
export const answers = ["yes", "no", "excused"] as const;

export type Answer = (typeof answers)[number];

/** Meetings where an excused member may name who represents them ("Excusé·e, représenté·e par …"). */
export const representableEventTypes: readonly string[] = ["actors_council"];

/** How an answer came: the form's button, or a link of the invitation mail opened in a browser. */
export const answerChannels = ["form", "link"] as const;

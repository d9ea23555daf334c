// Client-safe values of this area: importable from "use client" components (no zod here).

/** "Je viens", "Je ne viens pas", "Je suis excusé·e". */
export const answers = ["yes", "no", "excused"] as const;

export type Answer = (typeof answers)[number];

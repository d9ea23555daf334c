// Accent- and case-insensitive matching, computed the same way for stored text and queries:
// "École Jules-Ferry" is stored as "ecole jules ferry", and the query "ecole" matches it.

export function normaliseForSearch(...parts: (string | null | undefined)[]): string {
  return parts
    .filter(Boolean)
    .join(" ")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, " ")
    .trim();
}

/** The words of a query, normalised; each must appear in the row's search text. */
export function searchTerms(query: string | undefined | null): string[] {
  return normaliseForSearch(query ?? "")
    .split(" ")
    .filter((w) => w.length > 0)
    .slice(0, 8);
}

/** Escapes LIKE wildcards so that a user's "%" or "_" match themselves. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Name comparison for duplicate detection: case, accents and punctuation ignored. */
export function nameKey(name: string): string {
  return normaliseForSearch(name).replace(/[@.]/g, " ").replace(/\s+/g, " ").trim();
}

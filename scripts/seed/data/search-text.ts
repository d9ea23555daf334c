// The directory's search text of the demo rows. db/ may not import features/, so these mirror
// organisationSearchText and contactSearchText of features/directory/mutations.ts input for
// input, on the same normalisation; scripts/seed/seed.test.ts checks that both give the same text.

import { normaliseForSearch } from "@/lib/domain/search";

export function organisationSearchText(
  o: { name: string; address?: string | null; tags?: string[] | null },
  communeName: string | null | undefined,
): string {
  return normaliseForSearch(o.name, communeName, o.address, (o.tags ?? []).join(" "));
}

export function contactSearchText(
  c: { firstName: string; lastName: string; email?: string | null; jobTitle?: string | null },
  organisationName: string | null | undefined,
): string {
  return normaliseForSearch(c.firstName, c.lastName, c.email, c.jobTitle, organisationName);
}

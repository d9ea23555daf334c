import "server-only";
import { nameKey } from "@/lib/domain/search";
import type { ContactRecord, ImportRecord, OrganisationRecord } from "./check-rows";
import type { ExistingContact, ExistingOrganisation } from "./existing";
import type { Duplicate } from "./schemas";

// A duplicate is a row that names a record already in the network (same email for a person;
// same name, ignoring case, accents and punctuation, in the same commune for an organisation),
// or a record of an earlier row of the same file. A match in the directory wins over one in the file.

export type DuplicateMatch =
  { type: "existing"; id: string; label: string } | { type: "file"; row: number; label: string };

const organisationKey = (name: string, communeId: string | null) =>
  `${nameKey(name)}\u0000${communeId ?? ""}`;

function organisationLabel(name: string, communeName: string | null | undefined) {
  return communeName ? `${name} (${communeName})` : name;
}

function contactLabel(c: { firstName: string; lastName: string; email: string | null }) {
  return `${c.firstName} ${c.lastName} <${c.email}>`;
}

export function findDuplicates(
  records: ImportRecord[],
  existing: { organisations: ExistingOrganisation[]; contacts: ExistingContact[] },
  communeNames: Map<string, string>,
): Map<number, DuplicateMatch> {
  const matches = new Map<number, DuplicateMatch>();
  const inDirectory = new Map<string, DuplicateMatch>();
  const inFile = new Map<string, DuplicateMatch>();
  const keyOf = (r: ImportRecord) =>
    r.kind === "organisations" ? organisationKey(r.input.name, r.input.communeId) : r.input.email;

  if (records[0]?.kind === "organisations") {
    // Active organisations first: a name shared by an archived one and an active one merges into the active one.
    const ordered = [...existing.organisations].sort(
      (a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null),
    );
    for (const o of ordered) {
      const key = organisationKey(o.name, o.communeId);
      if (!inDirectory.has(key)) {
        inDirectory.set(key, {
          type: "existing",
          id: o.id,
          label: organisationLabel(o.name, communeNames.get(o.communeId ?? "")),
        });
      }
    }
  } else {
    for (const c of existing.contacts) {
      if (c.email) inDirectory.set(c.email, { type: "existing", id: c.id, label: contactLabel(c) });
    }
  }

  for (const record of records) {
    const key = keyOf(record);
    if (key === null) continue;
    const match = inDirectory.get(key) ?? inFile.get(key);
    if (match) {
      matches.set(record.row, match);
      continue;
    }
    const label =
      record.kind === "organisations"
        ? organisationLabel(record.input.name, communeNames.get(record.input.communeId ?? ""))
        : contactLabel(record.input);
    inFile.set(key, { type: "file", row: record.row, label });
  }
  return matches;
}

/** What the review screen shows of a match. */
export function toDuplicate(
  row: number,
  match: DuplicateMatch,
  record: OrganisationRecord | ContactRecord,
): Duplicate {
  return {
    row,
    target:
      match.type === "existing"
        ? { type: "existing", label: match.label }
        : { type: "file", row: match.row, label: match.label },
    allowCreate: record.kind === "organisations",
  };
}

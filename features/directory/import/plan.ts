import "server-only";
import { randomUUID } from "node:crypto";
import type { contacts, organisations } from "@/db/schema";
import { ActionError } from "@/lib/action-result";
import { ewwrCategoryOf } from "@/lib/domain/enums";
import { contactSearchText, organisationSearchText } from "../mutations";
import type { ContactRecord, OrganisationRecord } from "./check-rows";
import type { DuplicateMatch } from "./duplicates";
import type { Existing } from "./existing";
import type { DuplicateChoice } from "./schemas";

// Turns checked rows and the choices for duplicates into whole rows to insert (new records) and
// to upsert by id (merged records). Pure computation: the commit writes the plan.

export type OrganisationValues = typeof organisations.$inferInsert & { id: string };
export type ContactValues = typeof contacts.$inferInsert & { id: string };
export type StatusChange = {
  organisationId: string;
  fromStatus: OrganisationValues["status"] | null;
  toStatus: NonNullable<OrganisationValues["status"]>;
};

export type Plan<V> = {
  inserts: V[];
  updates: V[];
  statusChanges: StatusChange[];
  counts: { created: number; updated: number; skipped: number };
};

type PlanArgs<R> = {
  records: R[];
  matches: Map<number, DuplicateMatch>;
  choiceOf: (row: number) => DuplicateChoice;
  existing: Existing;
  networkId: string;
  now: Date;
};

/**
 * Walks the rows in file order. A row without a duplicate creates a record; a duplicate is
 * skipped, created anyway, or merged into the record it matches (in the directory, or created by
 * an earlier row of the file): merging copies the row's non-empty cells onto that record, except
 * the one that matched (the name or the email), which keeps the record's own spelling.
 */
function walk<R extends OrganisationRecord | ContactRecord, V extends { id: string }>(
  args: PlanArgs<R>,
  create: (record: R) => V,
  fromExisting: (id: string) => V,
  merge: (target: V, record: R) => void,
) {
  const inserts: V[] = [];
  const updates = new Map<string, V>();
  const createdByRow = new Map<number, V>();
  const counts = { created: 0, updated: 0, skipped: 0 };
  for (const record of args.records) {
    const match = args.matches.get(record.row);
    const choice = match ? args.choiceOf(record.row) : "create";
    if (choice === "skip") {
      counts.skipped += 1;
      continue;
    }
    const target =
      choice === "merge" && match
        ? match.type === "existing"
          ? (updates.get(match.id) ?? fromExisting(match.id))
          : createdByRow.get(match.row)
        : undefined;
    if (!target) {
      if (record.kind === "contacts" && match)
        throw new ActionError("invalid_input", "import.errors.createNotAllowed");
      const values = create(record);
      inserts.push(values);
      createdByRow.set(record.row, values);
      counts.created += 1;
      continue;
    }
    if (match?.type === "existing") updates.set(target.id, target);
    merge(target, record);
    counts.updated += 1;
  }
  return { inserts, updates: [...updates.values()], counts };
}

export function planOrganisations(args: PlanArgs<OrganisationRecord>): Plan<OrganisationValues> {
  const { existing, networkId, now } = args;
  const byId = new Map(existing.organisations.map((o) => [o.id, o]));
  const { inserts, updates, counts } = walk<OrganisationRecord, OrganisationValues>(
    args,
    (r) => ({ ...r.input, id: randomUUID(), networkId, createdAt: now, updatedAt: now }),
    (id) => ({ ...byId.get(id)!, updatedAt: now }),
    (target, { input, present, ewwr }) => {
      if (present.has("actorType")) target.actorType = input.actorType;
      if (present.has("commune")) target.communeId = input.communeId;
      if (present.has("address")) target.address = input.address;
      if (present.has("latitude")) target.latitude = input.latitude;
      if (present.has("longitude")) target.longitude = input.longitude;
      if (present.has("website")) target.website = input.website;
      if (present.has("description")) target.description = input.description;
      if (present.has("tags")) target.tags = input.tags;
      if (present.has("status")) target.status = input.status;
      if (present.has("isInternalService")) target.isInternalService = input.isInternalService;
      if (ewwr) target.ewwrCategoryOverride = ewwr === ewwrCategoryOf[target.actorType] ? null : ewwr;
    },
  );
  for (const o of [...inserts, ...updates]) {
    const town = o.communeId ? existing.communeNames.get(o.communeId) : null;
    o.searchText = organisationSearchText(
      { name: o.name, tags: o.tags ?? [], address: o.address ?? null, description: o.description ?? null },
      town,
    );
  }
  const statusChanges: StatusChange[] = [
    ...inserts.map((o) => ({ organisationId: o.id, fromStatus: null, toStatus: o.status ?? "potential" })),
    ...updates.flatMap((o) => {
      const before = byId.get(o.id)!.status;
      return o.status && o.status !== before
        ? [{ organisationId: o.id, fromStatus: before, toStatus: o.status }]
        : [];
    }),
  ];
  return { inserts, updates, statusChanges, counts };
}

/** `defaultSource`: the source of new people when the file has no source column. */
export function planContacts(
  args: PlanArgs<ContactRecord> & { defaultSource: string | null },
): Plan<ContactValues> {
  const { existing, networkId, now } = args;
  const byId = new Map(existing.contacts.map((c) => [c.id, c]));
  const consentAt = (c: { given: boolean; date: Date | null }, before: Date | null | undefined) =>
    c.given ? (c.date ?? before ?? now) : null;
  const { inserts, updates, counts } = walk<ContactRecord, ContactValues>(
    args,
    ({ input, consents }) => {
      const { consentNewsletter: _n, consentPublicListing: _p, consentPhotos: _ph, ...columns } = input;
      return {
        ...columns,
        id: randomUUID(),
        networkId,
        source: input.source ?? args.defaultSource,
        consentNewsletterAt: consentAt(consents.newsletter, null),
        consentPublicListingAt: consentAt(consents.publicListing, null),
        consentPhotosAt: consentAt(consents.photos, null),
        // As when a contact is created by hand: the import is the first interaction on record.
        lastInteractionAt: now,
        createdAt: now,
        updatedAt: now,
      };
    },
    (id) => ({ ...byId.get(id)!, updatedAt: now }),
    (target, { input, present, consents }) => {
      if (present.has("firstName")) target.firstName = input.firstName;
      if (present.has("lastName")) target.lastName = input.lastName;
      if (present.has("phone")) target.phone = input.phone;
      if (present.has("jobTitle")) target.jobTitle = input.jobTitle;
      if (present.has("organisation")) target.organisationId = input.organisationId;
      if (present.has("isRelayActor")) target.isRelayActor = input.isRelayActor;
      if (present.has("isAmbassador")) target.isAmbassador = input.isAmbassador;
      if (present.has("legalBasis")) target.legalBasis = input.legalBasis;
      if (present.has("source")) target.source = input.source;
      if (present.has("consentNewsletter"))
        target.consentNewsletterAt = consentAt(consents.newsletter, target.consentNewsletterAt);
      if (present.has("consentPublicListing"))
        target.consentPublicListingAt = consentAt(consents.publicListing, target.consentPublicListingAt);
      if (present.has("consentPhotos"))
        target.consentPhotosAt = consentAt(consents.photos, target.consentPhotosAt);
    },
  );
  for (const c of [...inserts, ...updates]) {
    const organisationName = c.organisationId ? existing.organisationNames.get(c.organisationId) : null;
    c.searchText = contactSearchText(
      { firstName: c.firstName, lastName: c.lastName, email: c.email ?? null, jobTitle: c.jobTitle ?? null },
      organisationName,
    );
  }
  return { inserts, updates, statusChanges: [], counts };
}

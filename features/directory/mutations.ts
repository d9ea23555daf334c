import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import { communes, contacts, organisationStatusChanges, organisations, segments } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { normaliseForSearch } from "@/lib/domain/search";
import { audit } from "@/server/audit";
import type { ContactInput, OrganisationInput } from "./schemas";

type Scope = { networkId: string; userId: string | null };

// The search text of a row: also used by the demo seed, whose rows leave optional fields out.
export function organisationSearchText(
  o: { name: string; address?: string | null; tags?: string[] | null; description?: string | null },
  communeName?: string | null,
) {
  return normaliseForSearch(o.name, communeName, o.address, (o.tags ?? []).join(" "));
}

export function contactSearchText(
  c: { firstName: string; lastName: string; email?: string | null; jobTitle?: string | null },
  organisationName?: string | null,
) {
  return normaliseForSearch(c.firstName, c.lastName, c.email, c.jobTitle, organisationName);
}

async function communeName(db: Db, networkId: string, communeId: string | null): Promise<string | null> {
  if (!communeId) return null;
  const [row] = await db
    .select({ name: communes.name })
    .from(communes)
    .where(and(eq(communes.id, communeId), eq(communes.networkId, networkId)));
  if (!row) throw new ActionError("invalid_input", "errors.invalid_input", { communeId: "errors.not_found" });
  return row.name;
}

async function organisationName(
  db: Db,
  networkId: string,
  organisationId: string | null,
): Promise<string | null> {
  if (!organisationId) return null;
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), eq(organisations.networkId, networkId)));
  if (!row)
    throw new ActionError("invalid_input", "errors.invalid_input", { organisationId: "errors.not_found" });
  return row.name;
}

export async function createOrganisation(
  db: Db,
  scope: Scope,
  input: OrganisationInput,
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const town = await communeName(tx, scope.networkId, input.communeId);
    const [row] = await tx
      .insert(organisations)
      .values({ ...input, networkId: scope.networkId, searchText: organisationSearchText(input, town) })
      .returning({ id: organisations.id });
    await tx.insert(organisationStatusChanges).values({
      networkId: scope.networkId,
      organisationId: row!.id,
      fromStatus: null,
      toStatus: input.status,
      changedById: scope.userId,
    });
    return row!;
  });
}

/** Updates an organisation; a change of engagement status is kept in its history. */
export async function updateOrganisation(
  db: Db,
  scope: Scope & { id: string },
  input: OrganisationInput,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: organisations.status })
      .from(organisations)
      .where(and(eq(organisations.id, scope.id), eq(organisations.networkId, scope.networkId)))
      .for("update");
    if (!current) throw new ActionError("not_found");
    const town = await communeName(tx, scope.networkId, input.communeId);
    await tx
      .update(organisations)
      .set({ ...input, searchText: organisationSearchText(input, town), updatedAt: new Date() })
      .where(and(eq(organisations.id, scope.id), eq(organisations.networkId, scope.networkId)));
    if (current.status !== input.status) {
      await tx.insert(organisationStatusChanges).values({
        networkId: scope.networkId,
        organisationId: scope.id,
        fromStatus: current.status,
        toStatus: input.status,
        changedById: scope.userId,
      });
    }
    // The organisation's name is part of its people's search text.
    await refreshContactsSearchText(tx, { networkId: scope.networkId, organisationId: scope.id });
  });
}

export type RefreshContactsSearchTextParams = { networkId: string; organisationId: string };

export async function refreshContactsSearchText(
  db: Db,
  { networkId, organisationId }: RefreshContactsSearchTextParams,
): Promise<void> {
  const rows = await db
    .select({
      id: contacts.id,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      email: contacts.email,
      jobTitle: contacts.jobTitle,
      organisationName: organisations.name,
    })
    .from(contacts)
    .innerJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(
      and(
        eq(contacts.networkId, networkId),
        eq(contacts.organisationId, organisationId),
        isNull(contacts.erasedAt),
      ),
    );
  for (const r of rows) {
    await db
      .update(contacts)
      .set({ searchText: contactSearchText(r, r.organisationName) })
      .where(eq(contacts.id, r.id));
  }
}

export async function setOrganisationArchived(
  db: Db,
  scope: Scope & { id: string },
  archived: boolean,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(organisations)
      .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
      .where(and(eq(organisations.id, scope.id), eq(organisations.networkId, scope.networkId)))
      .returning({ id: organisations.id });
    if (!row) throw new ActionError("not_found");
    await audit(tx, { networkId: scope.networkId, action: "directory.organisationArchived", entity: "organisations", entityId: row.id, summary: { archived } });
  });
}

async function assertEmailFree(db: Db, networkId: string, email: string | null, exceptId?: string) {
  if (!email) return;
  const [taken] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        eq(contacts.networkId, networkId),
        eq(contacts.email, email),
        exceptId ? ne(contacts.id, exceptId) : undefined,
      ),
    );
  if (taken) throw new ActionError("conflict", "errors.emailTaken", { email: "errors.emailTaken" });
}

/** Consent columns: the date of consent, kept when it was already given, cleared when withdrawn. */
function consentDates(
  input: ContactInput,
  previous?: {
    consentNewsletterAt: Date | null;
    consentPublicListingAt: Date | null;
    consentPhotosAt: Date | null;
  },
) {
  const now = new Date();
  const keep = (given: boolean, before: Date | null | undefined) => (given ? (before ?? now) : null);
  return {
    consentNewsletterAt: keep(input.consentNewsletter, previous?.consentNewsletterAt),
    consentPublicListingAt: keep(input.consentPublicListing, previous?.consentPublicListingAt),
    consentPhotosAt: keep(input.consentPhotos, previous?.consentPhotosAt),
  };
}

function contactColumns(input: ContactInput) {
  const { consentNewsletter: _n, consentPublicListing: _p, consentPhotos: _ph, ...columns } = input;
  return columns;
}

export async function createContact(db: Db, scope: Scope, input: ContactInput): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const orgName = await organisationName(tx, scope.networkId, input.organisationId);
    await assertEmailFree(tx, scope.networkId, input.email);
    const [row] = await tx
      .insert(contacts)
      .values({
        ...contactColumns(input),
        ...consentDates(input),
        networkId: scope.networkId,
        lastInteractionAt: new Date(),
        searchText: contactSearchText(input, orgName),
      })
      .returning({ id: contacts.id });
    return row!;
  });
}

export async function updateContact(
  db: Db,
  scope: Scope & { id: string },
  input: ContactInput,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(contacts)
      .where(
        and(eq(contacts.id, scope.id), eq(contacts.networkId, scope.networkId), isNull(contacts.erasedAt)),
      )
      .for("update");
    if (!current) throw new ActionError("not_found");
    const orgName = await organisationName(tx, scope.networkId, input.organisationId);
    await assertEmailFree(tx, scope.networkId, input.email, scope.id);
    await tx
      .update(contacts)
      .set({
        ...contactColumns(input),
        ...consentDates(input, current),
        searchText: contactSearchText(input, orgName),
        updatedAt: new Date(),
      })
      .where(eq(contacts.id, scope.id));
  });
}

export async function setContactArchived(
  db: Db,
  scope: Scope & { id: string },
  archived: boolean,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(contacts)
      .set({ archivedAt: archived ? new Date() : null, updatedAt: new Date() })
      .where(and(eq(contacts.id, scope.id), eq(contacts.networkId, scope.networkId), isNull(contacts.erasedAt)))
      .returning({ id: contacts.id });
    if (!row) throw new ActionError("not_found");
    await audit(tx, { networkId: scope.networkId, action: "directory.contactArchived", entity: "contacts", entityId: row.id, summary: { archived } });
  });
}

/** The organisation a contact belongs to (for the partner's "own organisation" check); undefined if none. */
export async function contactOrganisationId(db: Db, { networkId, id }: { networkId: string; id: string }) {
  const [row] = await db
    .select({ organisationId: contacts.organisationId })
    .from(contacts)
    .where(and(eq(contacts.id, id), eq(contacts.networkId, networkId), isNull(contacts.erasedAt)));
  return row;
}

export async function createSegment(
  db: Db,
  scope: Scope,
  input: { name: string; kind: "organisations" | "contacts"; filters: Record<string, string> },
): Promise<{ id: string }> {
  const [row] = await db
    .insert(segments)
    .values({ ...input, networkId: scope.networkId, createdById: scope.userId })
    .onConflictDoNothing()
    .returning({ id: segments.id });
  if (!row) throw new ActionError("conflict", "errors.segmentNameTaken", { name: "errors.segmentNameTaken" });
  return row;
}

export async function deleteSegment(db: Db, scope: Scope & { id: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(segments)
      .where(and(eq(segments.id, scope.id), eq(segments.networkId, scope.networkId)))
      .returning({ id: segments.id, kind: segments.kind });
    if (!row) throw new ActionError("not_found");
    await audit(tx, { networkId: scope.networkId, action: "directory.segmentDeleted", entity: "segments", entityId: row.id, summary: { kind: row.kind } });
  });
}

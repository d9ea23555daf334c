import "server-only";
import { and, asc, count, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { contactErasures, contacts, networks, organisations } from "@/db/schema";
import type { Db } from "@/db/types";
import { normaliseForSearch } from "@/lib/domain/search";
import { parisDateKey } from "@/lib/domain/paris-time";

type ContactScope = { networkId: string; contactId: string };

// ---------------------------------------------------------------------------------------------
// Access right (GDPR art. 15): everything Relais holds about one person

/**
 * The tables that hold rows about a contact besides the contact itself. A later feature that
 * stores something about a person (participations, training enrolments, signatures…) adds its
 * section here, scoped by network and contact, and the export carries it without other changes.
 */
const exportSections: { key: string; load: (db: Db, scope: ContactScope) => Promise<unknown[]> }[] = [
  {
    // The erasure log names neither the person nor the coordinator: only what happened and why.
    key: "erasures",
    load: (db, { networkId, contactId }) =>
      db
        .select({ erasedAt: contactErasures.erasedAt, reason: contactErasures.reason })
        .from(contactErasures)
        .where(and(eq(contactErasures.networkId, networkId), eq(contactErasures.contactId, contactId)))
        .orderBy(asc(contactErasures.erasedAt)),
  },
];

export const exportFormat = "relais.contact-data";
export const exportVersion = 1;

/** One person's data as a JSON-ready object; null when the contact is not of this network. */
export async function exportContactData(db: Db, { networkId, id }: { networkId: string; id: string }) {
  const [row] = await db
    .select({ contact: contacts, organisationName: organisations.name, networkName: networks.name })
    .from(contacts)
    .innerJoin(networks, eq(networks.id, contacts.networkId))
    .leftJoin(
      organisations,
      and(eq(organisations.id, contacts.organisationId), eq(organisations.networkId, networkId)),
    )
    .where(and(eq(contacts.networkId, networkId), eq(contacts.id, id)));
  if (!row) return null;
  const scope = { networkId, contactId: id };
  const sections = await Promise.all(
    exportSections.map(async (s) => [s.key, await s.load(db, scope)] as const),
  );
  const { contact } = row;
  return {
    format: exportFormat,
    version: exportVersion,
    exportedAt: new Date(),
    /** The data controller's network, so that the reader knows where the data comes from. */
    network: { id: networkId, name: row.networkName },
    contact,
    organisation: contact.organisationId ? { id: contact.organisationId, name: row.organisationName } : null,
    erasure: { erased: contact.erasedAt !== null, erasedAt: contact.erasedAt },
    ...Object.fromEntries(sections),
  };
}
export type ContactDataExport = NonNullable<Awaited<ReturnType<typeof exportContactData>>>;

/** "donnees-lea-martin-2026-03-14.json": ASCII only, so that every browser keeps the name. */
export function exportFileName(person: { firstName: string; lastName: string }, date: Date): string {
  const slug = (value: string) =>
    normaliseForSearch(value)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
  // The day is the one of the network's users (Paris).
  const day = parisDateKey(date);
  const name = [slug(person.firstName), slug(person.lastName)].filter(Boolean).join("-") || "personne";
  return `donnees-${name}-${day}.json`;
}

// ---------------------------------------------------------------------------------------------
// Retention review: people with no interaction for three years

export const retentionYears = 3;
export const retentionPageSize = 50;

/** The moment before which an interaction is "too old": the same day, three years earlier. */
export function retentionCutoff(now: Date = new Date()): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - retentionYears);
  return cutoff;
}

function retentionWhere(networkId: string, cutoff: Date) {
  return and(
    eq(contacts.networkId, networkId),
    isNull(contacts.erasedAt),
    or(
      and(isNotNull(contacts.lastInteractionAt), lt(contacts.lastInteractionAt, cutoff)),
      and(isNull(contacts.lastInteractionAt), lt(contacts.createdAt, cutoff)),
    ),
  );
}

/**
 * Contacts of the network (archived ones included: they are still held) not erased and without
 * any interaction for three years (never any interaction: created three years ago), oldest first.
 */
export async function listRetentionCandidates(
  db: Db,
  {
    networkId,
    page = 1,
    now = new Date(),
    limit = retentionPageSize,
  }: { networkId: string; page?: number; now?: Date; limit?: number },
) {
  const where = retentionWhere(networkId, retentionCutoff(now));
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: contacts.id,
        firstName: contacts.firstName,
        lastName: contacts.lastName,
        email: contacts.email,
        jobTitle: contacts.jobTitle,
        organisationName: organisations.name,
        lastInteractionAt: contacts.lastInteractionAt,
        createdAt: contacts.createdAt,
        archivedAt: contacts.archivedAt,
      })
      .from(contacts)
      .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
      .where(where)
      .orderBy(sql`coalesce(${contacts.lastInteractionAt}, ${contacts.createdAt}) asc`, asc(contacts.id))
      .limit(limit)
      .offset((page - 1) * limit),
    db.select({ n: count() }).from(contacts).where(where),
  ]);
  const n = total?.n ?? 0;
  return { rows, total: n, page, pageCount: Math.max(1, Math.ceil(n / limit)) };
}

import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { communes, contacts, organisationStatusChanges, organisations, segments, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { ewwrCategoryOf } from "@/lib/domain/enums";
import { contactWhere, organisationWhere } from "./filters";
import { contactFiltersSchema, organisationFiltersSchema, type ContactFilters, type OrganisationFilters } from "./schemas";
import type { DirectoryFiguresData } from "./types";

export const pageSize = 50;

/** Active organisations of a network as choices for a select. */
export async function listOrganisationOptions(db: Db, { networkId }: { networkId: string }) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.networkId, networkId), isNull(organisations.archivedAt)))
    .orderBy(asc(organisations.name));
}

export async function listCommunes(db: Db, { networkId }: { networkId: string }) {
  return db
    .select({ id: communes.id, name: communes.name, inseeCode: communes.inseeCode })
    .from(communes)
    .where(eq(communes.networkId, networkId))
    .orderBy(asc(communes.name));
}

/** Tags in use in the network, most used first. */
export async function listTags(db: Db, { networkId }: { networkId: string }) {
  const tag = sql<string>`unnest(${organisations.tags})`;
  const rows = await db
    .select({ tag, n: count() })
    .from(organisations)
    .where(eq(organisations.networkId, networkId))
    .groupBy(tag)
    .orderBy(desc(count()), asc(tag));
  return rows.map((r) => r.tag);
}

// searchText starts with the normalised name: sorting on it puts "École" among the E, not after Z.
const organisationSort = {
  name: asc(organisations.searchText),
  "-name": desc(organisations.searchText),
  updated: asc(organisations.updatedAt),
  "-updated": desc(organisations.updatedAt),
  status: asc(organisations.status),
  "-status": desc(organisations.status),
} as const;

export async function listOrganisations(
  db: Db,
  {
    networkId,
    filters,
    limit = pageSize,
  }: { networkId: string; filters: Partial<OrganisationFilters>; limit?: number },
) {
  const where = organisationWhere(networkId, filters);
  const page = filters.page ?? 1;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: organisations.id,
        name: organisations.name,
        actorType: organisations.actorType,
        status: organisations.status,
        tags: organisations.tags,
        isInternalService: organisations.isInternalService,
        communeName: communes.name,
        archivedAt: organisations.archivedAt,
        contactCount: sql<number>`(select count(*)::int from contacts c where c.organisation_id = "organisations"."id" and c.erased_at is null and c.archived_at is null)`,
      })
      .from(organisations)
      .leftJoin(communes, eq(communes.id, organisations.communeId))
      .where(where)
      .orderBy(organisationSort[filters.sort ?? "name"], asc(organisations.id))
      .limit(limit)
      .offset((page - 1) * limit),
    db.select({ n: count() }).from(organisations).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / limit)) };
}

const contactSort = {
  name: [asc(sql`lower(${contacts.lastName})`), asc(sql`lower(${contacts.firstName})`)],
  "-name": [desc(sql`lower(${contacts.lastName})`), desc(sql`lower(${contacts.firstName})`)],
  lastInteraction: [sql`${contacts.lastInteractionAt} asc nulls first`],
  "-lastInteraction": [sql`${contacts.lastInteractionAt} desc nulls last`],
} as const;

export async function listContacts(
  db: Db,
  {
    networkId,
    filters,
    limit = pageSize,
  }: { networkId: string; filters: Partial<ContactFilters>; limit?: number },
) {
  const where = contactWhere(networkId, filters);
  const page = filters.page ?? 1;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: contacts.id,
        firstName: contacts.firstName,
        lastName: contacts.lastName,
        email: contacts.email,
        phone: contacts.phone,
        jobTitle: contacts.jobTitle,
        isRelayActor: contacts.isRelayActor,
        isAmbassador: contacts.isAmbassador,
        lastInteractionAt: contacts.lastInteractionAt,
        organisationId: contacts.organisationId,
        organisationName: organisations.name,
        archivedAt: contacts.archivedAt,
      })
      .from(contacts)
      .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
      .where(where)
      .orderBy(...contactSort[filters.sort ?? "name"], asc(contacts.id))
      .limit(limit)
      .offset((page - 1) * limit),
    db.select({ n: count() }).from(contacts).where(where),
  ]);
  return { rows, total: total?.n ?? 0, page, pageCount: Math.max(1, Math.ceil((total?.n ?? 0) / limit)) };
}

/** One organisation of the network with its commune, people and engagement history; null otherwise. */
export async function getOrganisation(db: Db, { networkId, id }: { networkId: string; id: string }) {
  const [org] = await db
    .select({ organisation: organisations, communeName: communes.name })
    .from(organisations)
    .leftJoin(communes, eq(communes.id, organisations.communeId))
    .where(and(eq(organisations.networkId, networkId), eq(organisations.id, id)));
  if (!org) return null;
  const [people, history] = await Promise.all([
    db
      .select({
        id: contacts.id,
        firstName: contacts.firstName,
        lastName: contacts.lastName,
        email: contacts.email,
        phone: contacts.phone,
        jobTitle: contacts.jobTitle,
        isRelayActor: contacts.isRelayActor,
        isAmbassador: contacts.isAmbassador,
        archivedAt: contacts.archivedAt,
      })
      .from(contacts)
      .where(
        and(eq(contacts.networkId, networkId), eq(contacts.organisationId, id), isNull(contacts.erasedAt)),
      )
      .orderBy(asc(contacts.lastName), asc(contacts.firstName)),
    db
      .select({
        id: organisationStatusChanges.id,
        fromStatus: organisationStatusChanges.fromStatus,
        toStatus: organisationStatusChanges.toStatus,
        changedAt: organisationStatusChanges.changedAt,
        changedBy: users.name,
      })
      .from(organisationStatusChanges)
      .leftJoin(users, eq(users.id, organisationStatusChanges.changedById))
      .where(
        and(
          eq(organisationStatusChanges.networkId, networkId),
          eq(organisationStatusChanges.organisationId, id),
        ),
      )
      .orderBy(desc(organisationStatusChanges.changedAt), desc(organisationStatusChanges.id)),
  ]);
  const o = org.organisation;
  return {
    ...o,
    communeName: org.communeName,
    ewwrCategory: o.ewwrCategoryOverride ?? ewwrCategoryOf[o.actorType],
    contacts: people,
    history,
  };
}

/** One contact of the network (never an erased one); null otherwise. */
export async function getContact(db: Db, { networkId, id }: { networkId: string; id: string }) {
  const [row] = await db
    .select({ contact: contacts, organisationName: organisations.name })
    .from(contacts)
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(and(eq(contacts.networkId, networkId), eq(contacts.id, id), isNull(contacts.erasedAt)));
  return row ? { ...row.contact, organisationName: row.organisationName } : null;
}

export async function listSegments(db: Db, { networkId }: { networkId: string }) {
  return db
    .select({ id: segments.id, name: segments.name, kind: segments.kind, filters: segments.filters })
    .from(segments)
    .where(eq(segments.networkId, networkId))
    .orderBy(asc(segments.name));
}

/**
 * Each segment with how many active people it reaches today and how many of them have no email
 * (they would be counted, not invited): the same people an invitation of the segment resolves.
 */
export async function listSegmentsWithCounts(db: Db, { networkId }: { networkId: string }) {
  const list = await listSegments(db, { networkId });
  return Promise.all(
    list.map(async (s) => {
      const where = (await segmentContactsWhere(db, { networkId, segmentId: s.id }))!;
      const [row] = await db
        .select({
          people: count(),
          noEmail: sql<number>`count(*) filter (where ${contacts.email} is null or ${contacts.email} = '')`.mapWith(
            Number,
          ),
        })
        .from(contacts)
        .where(and(where, isNull(contacts.archivedAt), isNull(contacts.erasedAt)));
      return { ...s, people: row?.people ?? 0, noEmail: row?.noEmail ?? 0 };
    }),
  );
}

/** The directory figures of the overview page, computed from the rows. */
export async function getDirectoryFigures(
  db: Db,
  { networkId }: { networkId: string },
): Promise<DirectoryFiguresData> {
  const activeOrgs = and(eq(organisations.networkId, networkId), isNull(organisations.archivedAt));
  const activeContacts = and(
    eq(contacts.networkId, networkId),
    isNull(contacts.archivedAt),
    isNull(contacts.erasedAt),
  );
  const [byType, byStatus, [people], [relay], [covered], [members]] = await Promise.all([
    db
      .select({ key: organisations.actorType, n: count() })
      .from(organisations)
      .where(activeOrgs)
      .groupBy(organisations.actorType),
    db
      .select({ key: organisations.status, n: count() })
      .from(organisations)
      .where(activeOrgs)
      .groupBy(organisations.status),
    db.select({ n: count() }).from(contacts).where(activeContacts),
    db
      .select({ n: count() })
      .from(contacts)
      .where(and(activeContacts, eq(contacts.isRelayActor, true))),
    db
      .select({ n: sql<number>`count(distinct ${organisations.communeId})::int` })
      .from(organisations)
      .where(activeOrgs),
    db.select({ n: count() }).from(communes).where(eq(communes.networkId, networkId)),
  ]);
  const organisationsTotal = byType.reduce((s, r) => s + r.n, 0);
  return {
    organisations: organisationsTotal,
    contacts: people?.n ?? 0,
    relayActors: relay?.n ?? 0,
    communesCovered: covered?.n ?? 0,
    memberCommunes: members?.n ?? 0,
    byType: Object.fromEntries(byType.map((r) => [r.key, r.n])),
    byStatus: Object.fromEntries(byStatus.map((r) => [r.key, r.n])),
  };
}

/**
 * The people of a saved segment, as a WHERE clause on contacts: a contact segment's own filters,
 * or the active people of an organisation segment's organisations. Null when the segment is not
 * the network's. Invitations and enrolments resolve segments through this one function.
 */
export async function segmentContactsWhere(
  db: Db,
  { networkId, segmentId }: { networkId: string; segmentId: string },
): Promise<SQL | null> {
  const [segment] = await db
    .select({ kind: segments.kind, filters: segments.filters })
    .from(segments)
    .where(and(eq(segments.id, segmentId), eq(segments.networkId, networkId)));
  if (!segment) return null;
  if (segment.kind === "contacts") return contactWhere(networkId, contactFiltersSchema.parse(segment.filters));
  const orgIds = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(organisationWhere(networkId, organisationFiltersSchema.parse(segment.filters)));
  return and(
    eq(contacts.networkId, networkId),
    inArray(contacts.organisationId, orgIds),
    isNull(contacts.archivedAt),
    isNull(contacts.erasedAt),
  )!;
}
export { listRetentionCandidates } from "./gdpr/queries";

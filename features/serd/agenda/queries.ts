import "server-only";
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import {
  communes,
  contacts,
  networks,
  organisations,
  serdActionCoorganisers,
  serdActions,
  serdEditions,
  serdOccurrences,
} from "@/db/schema";
import type { Db } from "@/db/types";
import type { AgendaFilters } from "./schemas";
import type { AgendaOccurrence, PublicAction, PublicEdition, PublicNetwork, PublicOccurrence } from "./types";
import { parisToday } from "@/lib/domain/paris-time";
import { isSlug } from "@/lib/domain/ids";
import { publicNetworkColumns } from "@/server/access/context";

// What anonymous visitors may see of a network's SERD: labelled actions only, of that network
// only. Every query below carries both conditions; anything else is "not found".

const labelledIn = (networkId: string) =>
  and(eq(serdActions.networkId, networkId), eq(serdActions.status, "labelled"));

export async function getPublicNetwork(db: Db, { slug }: { slug: string }): Promise<PublicNetwork | null> {
  if (!isSlug(slug)) return null;
  const [row] = await db.select(publicNetworkColumns).from(networks).where(eq(networks.slug, slug)).limit(1);
  return row ?? null;
}

const editionColumns = {
  id: serdEditions.id,
  year: serdEditions.year,
  startsOn: serdEditions.startsOn,
  endsOn: serdEditions.endsOn,
  nationalTheme: serdEditions.nationalTheme,
};

/**
 * The network and its edition of that year, or without a year the running one, else the latest,
 * in one statement (the agenda's first round trip). Edition null: the network has none such.
 */
export async function getPublicNetworkEdition(
  db: Db,
  { slug, year, now = new Date() }: { slug: string; year?: number; now?: Date },
): Promise<{ network: PublicNetwork; edition: PublicEdition | null } | null> {
  if (!isSlug(slug)) return null;
  const today = parisToday(now);
  const running = sql`(${serdEditions.startsOn} <= ${today} and ${serdEditions.endsOn} >= ${today})`;
  const [row] = await db
    .select({
      network: publicNetworkColumns,
      edition: editionColumns,
    })
    .from(networks)
    .leftJoin(
      serdEditions,
      and(
        eq(serdEditions.networkId, networks.id),
        year === undefined ? undefined : eq(serdEditions.year, year),
      ),
    )
    .where(eq(networks.slug, slug))
    .orderBy(sql`${running} desc nulls last`, sql`${serdEditions.year} desc nulls last`)
    .limit(1);
  return row ? { network: row.network, edition: row.edition } : null;
}

/** Years of the network's editions, newest first (links to past agendas). */
export async function listPublicEditionYears(
  db: Db,
  { networkId }: { networkId: string },
): Promise<number[]> {
  const rows = await db
    .select({ year: serdEditions.year })
    .from(serdEditions)
    .where(eq(serdEditions.networkId, networkId))
    .orderBy(desc(serdEditions.year));
  return rows.map((r) => r.year);
}

function occurrenceWhere(networkId: string, editionId: string, filters: AgendaFilters): SQL | undefined {
  return and(
    labelledIn(networkId),
    eq(serdActions.editionId, editionId),
    eq(serdOccurrences.networkId, networkId),
    filters.theme ? sql`${serdActions.themes} @> array[${filters.theme}]::text[]` : undefined,
    filters.public ? sql`${serdActions.targetPublics} @> array[${filters.public}]::text[]` : undefined,
    filters.commune ? eq(serdOccurrences.communeId, filters.commune) : undefined,
    filters.day ? eq(serdOccurrences.date, filters.day) : undefined,
  );
}

/** When and where an occurrence takes place (with `communes` left-joined). */
const occurrenceColumns = {
  id: serdOccurrences.id,
  date: serdOccurrences.date,
  startTime: serdOccurrences.startTime,
  endTime: serdOccurrences.endTime,
  place: serdOccurrences.place,
  address: serdOccurrences.address,
  communeName: communes.name,
  latitude: serdOccurrences.latitude,
  longitude: serdOccurrences.longitude,
};

/** The labelled occurrences of an edition matching the filters, in day and time order. */
export async function listAgendaOccurrences(
  db: Db,
  { networkId, editionId, filters }: { networkId: string; editionId: string; filters: AgendaFilters },
): Promise<AgendaOccurrence[]> {
  return db
    .select({
      ...occurrenceColumns,
      actionId: serdActions.id,
      title: serdActions.title,
      themes: serdActions.themes,
      targetPublics: serdActions.targetPublics,
      format: serdActions.format,
      leadName: organisations.name,
    })
    .from(serdOccurrences)
    .innerJoin(serdActions, eq(serdActions.id, serdOccurrences.actionId))
    .innerJoin(organisations, eq(organisations.id, serdActions.leadOrganisationId))
    .leftJoin(communes, eq(communes.id, serdOccurrences.communeId))
    .where(occurrenceWhere(networkId, editionId, filters))
    .orderBy(
      asc(serdOccurrences.date),
      sql`${serdOccurrences.startTime} asc nulls first`,
      asc(serdActions.title),
      asc(serdOccurrences.id),
    );
}

/** Communes where the edition has labelled occurrences: the commune filter's choices. */
export async function listAgendaCommunes(
  db: Db,
  { networkId, editionId }: { networkId: string; editionId: string },
): Promise<{ id: string; name: string }[]> {
  return db
    .selectDistinct({ id: communes.id, name: communes.name })
    .from(serdOccurrences)
    .innerJoin(serdActions, eq(serdActions.id, serdOccurrences.actionId))
    .innerJoin(communes, eq(communes.id, serdOccurrences.communeId))
    .where(and(occurrenceWhere(networkId, editionId, {}), eq(communes.networkId, networkId)))
    .orderBy(asc(communes.name), asc(communes.id));
}

/**
 * One labelled action of the network with its organisers and occurrences. People are listed only
 * when they consented to a public listing (and are neither archived nor erased).
 */
export async function getPublicAction(
  db: Db,
  { networkId, id }: { networkId: string; id: string },
): Promise<PublicAction | null> {
  const [action] = await db
    .select({
      id: serdActions.id,
      title: serdActions.title,
      description: serdActions.description,
      themes: serdActions.themes,
      targetPublics: serdActions.targetPublics,
      format: serdActions.format,
      leadOrganisationId: serdActions.leadOrganisationId,
      editionId: serdEditions.id,
      year: serdEditions.year,
    })
    .from(serdActions)
    .innerJoin(serdEditions, eq(serdEditions.id, serdActions.editionId))
    .where(and(labelledIn(networkId), eq(serdActions.id, id)))
    .limit(1);
  if (!action) return null;
  const [coorganisers, occurrences] = await Promise.all([
    db
      .select({ id: serdActionCoorganisers.organisationId })
      .from(serdActionCoorganisers)
      .where(and(eq(serdActionCoorganisers.networkId, networkId), eq(serdActionCoorganisers.actionId, id))),
    db
      .select(occurrenceColumns)
      .from(serdOccurrences)
      .leftJoin(communes, eq(communes.id, serdOccurrences.communeId))
      .where(and(eq(serdOccurrences.networkId, networkId), eq(serdOccurrences.actionId, id)))
      .orderBy(
        asc(serdOccurrences.date),
        sql`${serdOccurrences.startTime} asc nulls first`,
        asc(serdOccurrences.id),
      ),
  ]);
  const organiserIds = [action.leadOrganisationId, ...coorganisers.map((c) => c.id)];
  const [orgs, people] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.name, website: organisations.website })
      .from(organisations)
      .where(and(eq(organisations.networkId, networkId), inArray(organisations.id, organiserIds))),
    db
      .select({
        organisationId: contacts.organisationId,
        firstName: contacts.firstName,
        lastName: contacts.lastName,
        email: contacts.email,
      })
      .from(contacts)
      .where(
        and(
          eq(contacts.networkId, networkId),
          inArray(contacts.organisationId, organiserIds),
          isNotNull(contacts.consentPublicListingAt),
          isNull(contacts.archivedAt),
          isNull(contacts.erasedAt),
        ),
      )
      .orderBy(asc(contacts.lastName), asc(contacts.firstName)),
  ]);
  const organisers = orgs
    .map((o) => ({
      ...o,
      lead: o.id === action.leadOrganisationId,
      contacts: people
        .filter((p) => p.organisationId === o.id)
        .map((p) => ({ organisationId: o.id, name: `${p.firstName} ${p.lastName}`, email: p.email })),
    }))
    .sort((a, b) => Number(b.lead) - Number(a.lead) || a.name.localeCompare(b.name, "fr"));
  return {
    id: action.id,
    title: action.title,
    description: action.description,
    themes: action.themes,
    targetPublics: action.targetPublics,
    format: action.format,
    edition: { id: action.editionId, year: action.year },
    organisers,
    occurrences,
  };
}

/** One occurrence of a labelled action, for its calendar file (the URL carries no network). */
export async function getPublicOccurrence(db: Db, { id }: { id: string }): Promise<PublicOccurrence | null> {
  const [row] = await db
    .select({
      ...occurrenceColumns,
      actionId: serdActions.id,
      title: serdActions.title,
      description: serdActions.description,
      networkSlug: networks.slug,
      networkName: networks.name,
    })
    .from(serdOccurrences)
    // The action and the network must be the occurrence's own: the network id is in each join.
    .innerJoin(
      serdActions,
      and(eq(serdActions.id, serdOccurrences.actionId), eq(serdActions.networkId, serdOccurrences.networkId)),
    )
    .innerJoin(networks, eq(networks.id, serdOccurrences.networkId))
    .leftJoin(communes, eq(communes.id, serdOccurrences.communeId))
    .where(and(eq(serdOccurrences.id, id), eq(serdActions.status, "labelled")))
    .limit(1);
  return row ?? null;
}

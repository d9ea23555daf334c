import "server-only";
import { and, asc, count, desc, eq, exists, inArray, min, or, sql } from "drizzle-orm";
import {
  communes,
  contributions,
  organisations,
  serdActionCoorganisers,
  serdActionHistory,
  serdActions,
  serdEditions,
  serdOccurrences,
  users,
} from "@/db/schema";
import { executeRows } from "@/db/execute";
import type { Db } from "@/db/types";
import { defaultEditionOf, registrationEditionOf } from "./rules";
import type { ActionFilters } from "./schemas";

type Scope = { networkId: string };

export async function listEditions(db: Db, { networkId }: Scope) {
  return db
    .select()
    .from(serdEditions)
    .where(eq(serdEditions.networkId, networkId))
    .orderBy(desc(serdEditions.year));
}

export async function getEdition(db: Db, { networkId, id }: Scope & { id: string }) {
  const [row] = await db
    .select()
    .from(serdEditions)
    .where(and(eq(serdEditions.networkId, networkId), eq(serdEditions.id, id)));
  return row ?? null;
}

/**
 * The edition SERD pages open on `today` (YYYY-MM-DD): the one whose results are being collected,
 * else the one running or coming next, else the latest (rules.ts, defaultEditionOf).
 */
export async function currentEdition(db: Db, { networkId, today }: Scope & { today: string }) {
  return defaultEditionOf(await listEditions(db, { networkId }), today);
}

/** The edition new actions are registered in on `today`: the next whose deadline has not passed. */
export async function registrationEdition(db: Db, { networkId, today }: Scope & { today: string }) {
  return registrationEditionOf(await listEditions(db, { networkId }), today);
}

/**
 * The edition a page shows: the one named in the URL (`?edition=`), else the default one. An
 * unknown or malformed id, or another network's: null (the page answers 404).
 */
export async function selectedEdition(
  db: Db,
  { networkId, param, today }: Scope & { param: unknown; today: string },
) {
  const editions = await listEditions(db, { networkId });
  if (typeof param !== "string" || param === "") return { editions, edition: defaultEditionOf(editions, today) };
  return { editions, edition: editions.find((e) => e.id === param) ?? null };
}

/**
 * Actions of an edition with their lead organisation and first day. With `organisationId`, only
 * those it leads or co-organises (a partner's view).
 */
export async function listActions(
  db: Db,
  {
    networkId,
    editionId,
    organisationId,
    filters = {},
  }: Scope & {
    /** null: every edition (the review queue keeps submitted actions of past editions). */
    editionId: string | null;
    organisationId?: string | null;
    filters?: Partial<ActionFilters>;
  },
) {
  const coorganises = (org: string) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(serdActionCoorganisers)
        .where(
          and(
            eq(serdActionCoorganisers.actionId, serdActions.id),
            eq(serdActionCoorganisers.organisationId, org),
          ),
        ),
    );
  const conditions = [eq(serdActions.networkId, networkId)];
  if (editionId !== null) conditions.push(eq(serdActions.editionId, editionId));
  if (organisationId !== undefined)
    conditions.push(
      organisationId === null
        ? sql`false`
        : or(eq(serdActions.leadOrganisationId, organisationId), coorganises(organisationId))!,
    );
  if (filters.status) conditions.push(eq(serdActions.status, filters.status));
  if (filters.theme) conditions.push(sql`${filters.theme} = any(${serdActions.themes})`);
  if (filters.organisation)
    conditions.push(
      or(eq(serdActions.leadOrganisationId, filters.organisation), coorganises(filters.organisation))!,
    );
  if (filters.commune)
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(serdOccurrences)
          .where(
            and(eq(serdOccurrences.actionId, serdActions.id), eq(serdOccurrences.communeId, filters.commune)),
          ),
      ),
    );
  return db
    .select({
      id: serdActions.id,
      title: serdActions.title,
      status: serdActions.status,
      themes: serdActions.themes,
      leadOrganisationId: serdActions.leadOrganisationId,
      leadOrganisationName: organisations.name,
      editionId: serdActions.editionId,
      editionYear: serdEditions.year,
      submittedAt: serdActions.submittedAt,
      updatedAt: serdActions.updatedAt,
      occurrences: count(serdOccurrences.id),
      firstDate: min(serdOccurrences.date),
    })
    .from(serdActions)
    .innerJoin(organisations, eq(organisations.id, serdActions.leadOrganisationId))
    .innerJoin(serdEditions, eq(serdEditions.id, serdActions.editionId))
    .leftJoin(serdOccurrences, eq(serdOccurrences.actionId, serdActions.id))
    .where(and(...conditions))
    .groupBy(serdActions.id, organisations.name, serdEditions.year)
    .orderBy(desc(serdEditions.year), asc(min(serdOccurrences.date)), asc(serdActions.title));
}

export type ActionListRow = Awaited<ReturnType<typeof listActions>>[number];

/** One action with everything its page shows; another network's id: null. */
export async function getAction(db: Db, { networkId, id }: Scope & { id: string }) {
  const [row] = await db
    .select({ action: serdActions, edition: serdEditions, leadOrganisationName: organisations.name })
    .from(serdActions)
    .innerJoin(serdEditions, eq(serdEditions.id, serdActions.editionId))
    .innerJoin(organisations, eq(organisations.id, serdActions.leadOrganisationId))
    .where(and(eq(serdActions.networkId, networkId), eq(serdActions.id, id)));
  if (!row) return null;
  const [coorganisers, occurrences, history, contributionRows] = await Promise.all([
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(serdActionCoorganisers)
      .innerJoin(organisations, eq(organisations.id, serdActionCoorganisers.organisationId))
      .where(and(eq(serdActionCoorganisers.networkId, networkId), eq(serdActionCoorganisers.actionId, id)))
      .orderBy(asc(organisations.name)),
    db
      .select({ occurrence: serdOccurrences, communeName: communes.name })
      .from(serdOccurrences)
      .leftJoin(communes, eq(communes.id, serdOccurrences.communeId))
      .where(and(eq(serdOccurrences.networkId, networkId), eq(serdOccurrences.actionId, id)))
      .orderBy(asc(serdOccurrences.date), asc(serdOccurrences.startTime)),
    db
      .select({
        id: serdActionHistory.id,
        kind: serdActionHistory.kind,
        fromStatus: serdActionHistory.fromStatus,
        toStatus: serdActionHistory.toStatus,
        comment: serdActionHistory.comment,
        at: serdActionHistory.at,
        byName: users.name,
      })
      .from(serdActionHistory)
      .leftJoin(users, eq(users.id, serdActionHistory.byUserId))
      .where(and(eq(serdActionHistory.networkId, networkId), eq(serdActionHistory.actionId, id)))
      .orderBy(asc(serdActionHistory.at)),
    db
      .select({
        id: contributions.id,
        organisationId: contributions.organisationId,
        organisationName: organisations.name,
        kind: contributions.kind,
        amountEur: contributions.amountEur,
        days: contributions.days,
        description: contributions.description,
      })
      .from(contributions)
      .innerJoin(organisations, eq(organisations.id, contributions.organisationId))
      .where(and(eq(contributions.networkId, networkId), eq(contributions.actionId, id)))
      .orderBy(asc(contributions.createdAt)),
  ]);
  return {
    ...row.action,
    edition: row.edition,
    leadOrganisationName: row.leadOrganisationName,
    coorganisers,
    coorganiserIds: coorganisers.map((c) => c.id),
    occurrences: occurrences.map((o) => ({ ...o.occurrence, communeName: o.communeName })),
    history,
    contributions: contributionRows.map((c) => ({
      ...c,
      amountEur: Number(c.amountEur),
      days: c.days === null ? null : Number(c.days),
    })),
  };
}

export type ActionDetail = NonNullable<Awaited<ReturnType<typeof getAction>>>;

/** Names of organisations by id, within the network (filters' labels). */
export async function organisationNames(db: Db, { networkId, ids }: Scope & { ids: string[] }) {
  if (ids.length === 0) return [];
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.networkId, networkId), inArray(organisations.id, ids)));
}

/**
 * The organisations that lead or co-organise at least one labelled action of an edition (for the
 * training area's conversion figure), with the number of such actions each.
 */
export async function listLabelledActingOrganisations(
  db: Db,
  { networkId, editionId }: Scope & { editionId: string },
): Promise<{ organisationId: string; actions: number }[]> {
  const rows = await executeRows<{ organisation_id: string; actions: number }>(
    db,
    sql`select organisation_id, count(distinct action_id)::int as actions from (
          select a.lead_organisation_id as organisation_id, a.id as action_id
            from serd_actions a
           where a.network_id = ${networkId} and a.edition_id = ${editionId} and a.status = 'labelled'
          union
          select c.organisation_id, a.id
            from serd_action_coorganisers c
            join serd_actions a on a.id = c.action_id and a.network_id = c.network_id
           where c.network_id = ${networkId} and a.edition_id = ${editionId} and a.status = 'labelled'
        ) acting group by organisation_id`,
  );
  return rows.map((r) => ({ organisationId: r.organisation_id, actions: r.actions }));
}

/**
 * Labelled actions of an edition whose results are not entered yet (no account, no participant
 * count): what the coordinator collects after the week, and what a partner is expected to enter.
 */
export async function listActionsAwaitingResults(
  db: Db,
  { networkId, editionId, organisationId }: Scope & { editionId: string; organisationId?: string },
) {
  return db
    .select({ id: serdActions.id, title: serdActions.title, leadOrganisationName: organisations.name })
    .from(serdActions)
    .innerJoin(organisations, eq(organisations.id, serdActions.leadOrganisationId))
    .where(
      and(
        eq(serdActions.networkId, networkId),
        eq(serdActions.editionId, editionId),
        eq(serdActions.status, "labelled"),
        organisationId ? eq(serdActions.leadOrganisationId, organisationId) : undefined,
        sql`${serdActions.resultAccount} is null`,
        sql`not exists (select 1 from serd_occurrences o where o.action_id = ${serdActions.id}
            and o.network_id = ${serdActions.networkId} and o.actual_participants is not null)`,
      ),
    )
    .orderBy(asc(serdActions.title));
}
export { editionPhase } from "./rules";
// The edition's figures (./figures.ts), for the reports' fiches.
export { getEditionFigures, type EditionFigures } from "./figures";
export { organisationSerdHistory } from "./history";

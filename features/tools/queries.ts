import "server-only";
import { and, arrayContains, asc, desc, eq, gte, ilike, isNotNull, isNull, lte, or, sql, type SQL } from "drizzle-orm";
import {
  organisations,
  toolCollections,
  toolItems,
  toolLoans,
  toolReservations,
  toolResourceAttachments,
  toolResourceDownloads,
  toolResources,
  users,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { escapeLike, searchTerms } from "@/lib/domain/search";
import type { ResourceFilters } from "./schemas";

export * from "./figures";
export { getMethodSheet, listMethodSheetAuthors } from "./method-sheets";
export { buildFichePdf } from "./fiche-pdf";

// Reads of the shared tools. Every query takes networkId and puts it in its where.

export type LibraryParams = { networkId: string; userId: string; canModerate: boolean; filters: ResourceFilters };

const downloads = sql<number>`(select count(*)::int from ${toolResourceDownloads}
  where ${toolResourceDownloads.resourceId} = ${toolResources.id})`;

/** Published resources, plus proposals: all of them for the coordinator, one's own for others. */
function visible({ networkId, userId, canModerate }: Omit<LibraryParams, "filters">): SQL {
  return and(
    eq(toolResources.networkId, networkId),
    or(
      eq(toolResources.status, "published"),
      canModerate ? eq(toolResources.status, "proposed") : eq(toolResources.sharedById, userId),
    ),
  )!;
}

export async function listResources(db: Db, params: LibraryParams) {
  const f = params.filters;
  const where = and(
    visible(params),
    f.status ? eq(toolResources.status, f.status) : undefined,
    f.kind ? eq(toolResources.kind, f.kind) : undefined,
    f.theme ? arrayContains(toolResources.themes, [f.theme]) : undefined,
    f.format ? arrayContains(toolResources.formats, [f.format]) : undefined,
    f.public ? arrayContains(toolResources.publics, [f.public]) : undefined,
    f.collection ? eq(toolResources.collectionId, f.collection) : undefined,
    ...searchTerms(f.q).map((term) => ilike(toolResources.searchText, `%${escapeLike(term)}%`)),
  );
  return db
    .select({
      id: toolResources.id,
      kind: toolResources.kind,
      title: toolResources.title,
      description: toolResources.description,
      status: toolResources.status,
      themes: toolResources.themes,
      formats: toolResources.formats,
      tags: toolResources.tags,
      url: toolResources.url,
      fileName: toolResources.fileName,
      organisationName: organisations.name,
      sharedByName: users.name,
      createdAt: toolResources.createdAt,
      downloads,
    })
    .from(toolResources)
    .leftJoin(
      organisations,
      and(eq(organisations.id, toolResources.ownerOrganisationId), eq(organisations.networkId, toolResources.networkId)),
    )
    .leftJoin(users, eq(users.id, toolResources.sharedById))
    .where(where)
    .orderBy(...(f.sort === "most_used" ? [desc(downloads)] : []), desc(toolResources.createdAt), asc(toolResources.id))
    .limit(200);
}

export async function getResource(db: Db, params: Omit<LibraryParams, "filters"> & { id: string }) {
  const [row] = await db
    .select({
      resource: toolResources,
      organisationName: organisations.name,
      collectionName: toolCollections.name,
      sharedByName: users.name,
      downloads,
    })
    .from(toolResources)
    .leftJoin(
      organisations,
      and(eq(organisations.id, toolResources.ownerOrganisationId), eq(organisations.networkId, toolResources.networkId)),
    )
    .leftJoin(toolCollections, eq(toolCollections.id, toolResources.collectionId))
    .leftJoin(users, eq(users.id, toolResources.sharedById))
    .where(and(eq(toolResources.id, params.id), visible(params)));
  return row;
}

export async function listCollections(db: Db, { networkId }: { networkId: string }) {
  return db
    .select({ id: toolCollections.id, name: toolCollections.name })
    .from(toolCollections)
    .where(eq(toolCollections.networkId, networkId))
    .orderBy(asc(toolCollections.name));
}

export async function listOrganisationChoices(db: Db, { networkId }: { networkId: string }) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.networkId, networkId), sql`${organisations.archivedAt} is null`))
    .orderBy(asc(organisations.searchText));
}

// --- Kits -----------------------------------------------------------------------------------

export async function listItems(db: Db, { networkId, today }: { networkId: string; today: string }) {
  return db
    .select({
      id: toolItems.id,
      name: toolItems.name,
      condition: toolItems.condition,
      location: toolItems.location,
      lendable: toolItems.lendable,
      maxLoanDays: toolItems.maxLoanDays,
      ownerOrganisationId: toolItems.ownerOrganisationId,
      ownerName: organisations.name,
      overdue: sql<boolean>`exists (select 1 from ${toolLoans} where ${toolLoans.itemId} = ${toolItems.id}
        and ${toolLoans.returnedOn} is null and ${toolLoans.dueOn} < ${today})`,
      out: sql<boolean>`exists (select 1 from ${toolLoans} where ${toolLoans.itemId} = ${toolItems.id}
        and ${toolLoans.returnedOn} is null)`,
    })
    .from(toolItems)
    .innerJoin(
      organisations,
      and(eq(organisations.id, toolItems.ownerOrganisationId), eq(organisations.networkId, toolItems.networkId)),
    )
    .where(eq(toolItems.networkId, networkId))
    .orderBy(asc(toolItems.name));
}

export async function getItem(db: Db, { networkId, id }: { networkId: string; id: string }) {
  const [row] = await db
    .select({ item: toolItems, ownerName: organisations.name })
    .from(toolItems)
    .innerJoin(
      organisations,
      and(eq(organisations.id, toolItems.ownerOrganisationId), eq(organisations.networkId, toolItems.networkId)),
    )
    .where(and(eq(toolItems.id, id), eq(toolItems.networkId, networkId)));
  return row;
}

export type ReservationRow = Awaited<ReturnType<typeof listReservations>>[number];

/**
 * Reservations that touch [from, to] (whole days), with their loan if any: one item's calendar
 * (itemId), one borrower's (borrowerOrganisationId), or the whole network's.
 */
export async function listReservations(
  db: Db,
  params: { networkId: string; from: string; to: string; itemId?: string; borrowerOrganisationId?: string },
) {
  return db
    .select({
      id: toolReservations.id,
      itemId: toolReservations.itemId,
      itemName: toolItems.name,
      ownerOrganisationId: toolItems.ownerOrganisationId,
      borrowerOrganisationId: toolReservations.borrowerOrganisationId,
      borrowerName: organisations.name,
      startsOn: toolReservations.startsOn,
      endsOn: toolReservations.endsOn,
      status: toolReservations.status,
      decisionNote: toolReservations.decisionNote,
      loanId: toolLoans.id,
      checkedOutOn: toolLoans.checkedOutOn,
      dueOn: toolLoans.dueOn,
      returnedOn: toolLoans.returnedOn,
      conditionOnReturn: toolLoans.conditionOnReturn,
      remark: toolLoans.remark,
    })
    .from(toolReservations)
    .innerJoin(toolItems, and(eq(toolItems.id, toolReservations.itemId), eq(toolItems.networkId, toolReservations.networkId)))
    .innerJoin(
      organisations,
      and(
        eq(organisations.id, toolReservations.borrowerOrganisationId),
        eq(organisations.networkId, toolReservations.networkId),
      ),
    )
    .leftJoin(toolLoans, eq(toolLoans.reservationId, toolReservations.id))
    .where(
      and(
        eq(toolReservations.networkId, params.networkId),
        params.itemId ? eq(toolReservations.itemId, params.itemId) : undefined,
        params.borrowerOrganisationId
          ? eq(toolReservations.borrowerOrganisationId, params.borrowerOrganisationId)
          : undefined,
        lte(toolReservations.startsOn, params.to),
        // An unreturned loan stays on the calendar past its end.
        or(gte(toolReservations.endsOn, params.from), and(isNotNull(toolLoans.id), isNull(toolLoans.returnedOn))),
      ),
    )
    .orderBy(asc(toolReservations.startsOn), asc(toolReservations.createdAt));
}

/** The published resources attached to a meeting or to a SERD action, for those pages. */
export async function listAttachedResources(
  db: Db,
  { networkId, eventId, serdActionId }: { networkId: string; eventId?: string; serdActionId?: string },
) {
  return db
    .select({ id: toolResources.id, title: toolResources.title, kind: toolResources.kind })
    .from(toolResourceAttachments)
    .innerJoin(toolResources, eq(toolResources.id, toolResourceAttachments.resourceId))
    .where(
      and(
        eq(toolResourceAttachments.networkId, networkId),
        eq(toolResources.status, "published"),
        eventId ? eq(toolResourceAttachments.eventId, eventId) : undefined,
        serdActionId ? eq(toolResourceAttachments.serdActionId, serdActionId) : undefined,
        eventId || serdActionId ? undefined : sql`false`,
      ),
    )
    .orderBy(asc(toolResources.title));
}

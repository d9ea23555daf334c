import "server-only";
import { and, arrayContains, asc, desc, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import {
  methodSheetAuthors,
  organisations,
  toolCollections,
  toolItems,
  toolLoans,
  toolResourceAttachments,
  toolResourceDownloads,
  toolResources,
  users,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { escapeLike, searchTerms } from "@/lib/domain/search";
import type { ResourceFilters } from "./schemas";

export * from "./figures";
export { getMethodSheet, isMethodSheetAuthor, listMethodSheetAuthorIds, listMethodSheetAuthors } from "./method-sheets";
export { buildFichePdf } from "./fiche-pdf";
export { listResourceChoices, listUseTargets } from "./targets";
export { getKitMonth, listBorrowerHistory, listReservations, type KitMonth, type ReservationRow } from "./calendar";
export { getItemPhoto, listItemPhotos } from "./items";

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
      // A fiche méthode's co-authors see it while it is written.
      sql`exists (select 1 from ${methodSheetAuthors} where ${methodSheetAuthors.resourceId} = ${toolResources.id}
        and ${methodSheetAuthors.userId} = ${userId})`,
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
    .select({ item: toolItems, ownerName: organisations.name, instructionsTitle: toolResources.title })
    .from(toolItems)
    .innerJoin(
      organisations,
      and(eq(organisations.id, toolItems.ownerOrganisationId), eq(organisations.networkId, toolItems.networkId)),
    )
    .leftJoin(
      toolResources,
      and(
        eq(toolResources.id, toolItems.instructionsResourceId),
        eq(toolResources.networkId, toolItems.networkId),
        eq(toolResources.status, "published"),
      ),
    )
    .where(and(eq(toolItems.id, id), eq(toolItems.networkId, networkId)));
  return row;
}

/**
 * The published resources attached to a meeting, a SERD action or training modules, for those
 * pages; each row says which module it belongs to.
 */
export async function listAttachedResources(
  db: Db,
  {
    networkId,
    eventId,
    serdActionId,
    trainingModuleIds,
  }: { networkId: string; eventId?: string; serdActionId?: string; trainingModuleIds?: string[] },
) {
  const target = eventId
    ? eq(toolResourceAttachments.eventId, eventId)
    : serdActionId
      ? eq(toolResourceAttachments.serdActionId, serdActionId)
      : trainingModuleIds?.length
        ? inArray(toolResourceAttachments.trainingModuleId, trainingModuleIds)
        : sql`false`;
  return db
    .select({
      id: toolResources.id,
      title: toolResources.title,
      kind: toolResources.kind,
      trainingModuleId: toolResourceAttachments.trainingModuleId,
    })
    .from(toolResourceAttachments)
    .innerJoin(
      toolResources,
      and(eq(toolResources.id, toolResourceAttachments.resourceId), eq(toolResources.networkId, toolResourceAttachments.networkId)),
    )
    .where(and(eq(toolResourceAttachments.networkId, networkId), eq(toolResources.status, "published"), target))
    .orderBy(asc(toolResources.title));
}

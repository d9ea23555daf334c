import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { memberships, methodSheetAuthors, methodSheets, toolResources, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import type { MethodSheetSection } from "@/lib/domain/tools";
import { resourceSearchText } from "./library";

// Fiches méthodes: a resource of kind method_sheet with its sections and co-authors, written
// as a draft and then published.

export type MethodSheetInput = {
  title: string;
  description: string | null;
  themes: string[];
  ownerOrganisationId: string | null;
  sections: Record<MethodSheetSection, string>;
  coAuthorIds: string[];
  publish: boolean;
  /** Otherwise draft (or published with `publish`). */
  status?: "proposed";
};

export async function createMethodSheet(
  db: Db,
  scope: { networkId: string; userId: string },
  input: MethodSheetInput,
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .insert(toolResources)
      .values({
        networkId: scope.networkId,
        kind: "method_sheet",
        title: input.title,
        description: input.description,
        themes: input.themes,
        formats: ["guide"],
        ownerOrganisationId: input.ownerOrganisationId,
        status: input.publish ? "published" : (input.status ?? "draft"),
        searchText: resourceSearchText({ ...input, body: Object.values(input.sections).join(" ") }),
        sharedById: scope.userId,
        publishedById: input.publish ? scope.userId : null,
        publishedAt: input.publish ? now : null,
      })
      .returning({ id: toolResources.id });
    const { context, whatWasDone, means, results, tips, contact } = input.sections;
    await tx
      .insert(methodSheets)
      .values({ networkId: scope.networkId, resourceId: row!.id, context, whatWasDone, means, results, tips, contact });
    const authors = [...new Set([scope.userId, ...input.coAuthorIds])];
    await tx
      .insert(methodSheetAuthors)
      .values(authors.map((userId) => ({ networkId: scope.networkId, resourceId: row!.id, userId })));
    return row!;
  });
}

/** A fiche's sections, or undefined when it is not this network's. */
export async function getMethodSheet(db: Db, { networkId, resourceId }: { networkId: string; resourceId: string }) {
  const [row] = await db
    .select()
    .from(methodSheets)
    .where(and(eq(methodSheets.resourceId, resourceId), eq(methodSheets.networkId, networkId)));
  return row;
}

/** Whether the user co-writes the fiche (may edit and submit it). */
export async function isMethodSheetAuthor(db: Db, scope: { networkId: string; userId: string; resourceId: string }) {
  const [row] = await db
    .select({ userId: methodSheetAuthors.userId })
    .from(methodSheetAuthors)
    .where(
      and(
        eq(methodSheetAuthors.resourceId, scope.resourceId),
        eq(methodSheetAuthors.networkId, scope.networkId),
        eq(methodSheetAuthors.userId, scope.userId),
      ),
    );
  return Boolean(row);
}

/** The co-authors must be members of the network: anyone else is a field error. */
async function checkAuthors(db: Db, networkId: string, ids: string[]) {
  if (ids.length === 0) return;
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.networkId, networkId), inArray(memberships.userId, ids)));
  if (new Set(rows.map((r) => r.userId)).size !== new Set(ids).size)
    throw new ActionError("invalid_input", "tools.validation.unknownAuthor", { coAuthorIds: "tools.validation.unknownAuthor" });
}

export type MethodSheetEdit = Omit<MethodSheetInput, "publish"> & { id: string | null; submit: boolean };

/**
 * Writes a fiche from the editor. A new one is the caller's draft; an existing one may be edited
 * by its co-authors and the coordinator. `submit`: the coordinator publishes, a co-author sends
 * it to the coordinator (proposed). The co-author list is replaced (the caller stays on it).
 */
export async function saveMethodSheet(
  db: Db,
  scope: { networkId: string; userId: string; isCoordinator: boolean },
  input: MethodSheetEdit,
): Promise<{ id: string; status: "draft" | "proposed" | "published" }> {
  await checkAuthors(db, scope.networkId, input.coAuthorIds);
  const { id: existing, submit, ...fields } = input;
  if (!existing) {
    const publish = submit && scope.isCoordinator;
    const { id } = await createMethodSheet(db, scope, { ...fields, publish, status: submit && !publish ? "proposed" : undefined });
    return { id, status: publish ? "published" : submit ? "proposed" : "draft" };
  }
  const [current] = await db
    .select({ status: toolResources.status })
    .from(toolResources)
    .where(and(eq(toolResources.id, existing), eq(toolResources.networkId, scope.networkId), eq(toolResources.kind, "method_sheet")));
  if (!current) throw new ActionError("not_found");
  const wasAuthor = await isMethodSheetAuthor(db, { ...scope, resourceId: existing });
  if (!scope.isCoordinator && !wasAuthor) throw new ActionError("not_found");
  const status =
    current.status === "published" ? "published" : submit ? (scope.isCoordinator ? "published" : "proposed") : current.status;
  return db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .update(toolResources)
      .set({
        title: fields.title,
        description: fields.description,
        themes: fields.themes,
        ownerOrganisationId: fields.ownerOrganisationId,
        status,
        searchText: resourceSearchText({ ...fields, body: Object.values(fields.sections).join(" ") }),
        updatedAt: now,
        ...(status === "published" && current.status !== "published" ? { publishedAt: now, publishedById: scope.userId } : {}),
      })
      .where(and(eq(toolResources.id, existing), eq(toolResources.networkId, scope.networkId)));
    await tx
      .update(methodSheets)
      .set(fields.sections)
      .where(and(eq(methodSheets.resourceId, existing), eq(methodSheets.networkId, scope.networkId)));
    // The coordinator editing someone's fiche does not become its co-author.
    const authors = [...new Set([...(wasAuthor ? [scope.userId] : []), ...fields.coAuthorIds])];
    await tx
      .delete(methodSheetAuthors)
      .where(and(eq(methodSheetAuthors.resourceId, existing), eq(methodSheetAuthors.networkId, scope.networkId)));
    if (authors.length)
      await tx
        .insert(methodSheetAuthors)
        .values(authors.map((userId) => ({ networkId: scope.networkId, resourceId: existing, userId })));
    return { id: existing, status };
  });
}

/** The co-authors' user ids, for the editor. */
export async function listMethodSheetAuthorIds(db: Db, { networkId, resourceId }: { networkId: string; resourceId: string }) {
  const rows = await db
    .select({ userId: methodSheetAuthors.userId })
    .from(methodSheetAuthors)
    .where(and(eq(methodSheetAuthors.resourceId, resourceId), eq(methodSheetAuthors.networkId, networkId)));
  return rows.map((r) => r.userId);
}

/** The fiche's co-authors' names, for the page and the PDF. */
export async function listMethodSheetAuthors(db: Db, { networkId, resourceId }: { networkId: string; resourceId: string }) {
  const rows = await db
    .select({ name: users.name })
    .from(methodSheetAuthors)
    .innerJoin(users, eq(users.id, methodSheetAuthors.userId))
    .where(and(eq(methodSheetAuthors.resourceId, resourceId), eq(methodSheetAuthors.networkId, networkId)));
  return rows.map((r) => r.name ?? "").filter(Boolean);
}

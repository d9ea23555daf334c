import "server-only";
import { and, eq } from "drizzle-orm";
import { methodSheetAuthors, methodSheets, toolResources, users } from "@/db/schema";
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
        status: input.publish ? "published" : "draft",
        searchText: resourceSearchText({ ...input, body: Object.values(input.sections).join(" ") }),
        sharedById: scope.userId,
        publishedById: input.publish ? scope.userId : null,
        publishedAt: input.publish ? now : null,
      })
      .returning({ id: toolResources.id });
    await tx.insert(methodSheets).values({ networkId: scope.networkId, resourceId: row!.id, ...input.sections });
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

/** A co-author publishes their draft. */
export async function publishMethodSheet(db: Db, scope: { networkId: string; userId: string }, { id }: { id: string }) {
  const [author] = await db
    .select({ userId: methodSheetAuthors.userId })
    .from(methodSheetAuthors)
    .where(and(eq(methodSheetAuthors.resourceId, id), eq(methodSheetAuthors.networkId, scope.networkId), eq(methodSheetAuthors.userId, scope.userId)));
  if (!author) throw new ActionError("not_found");
  await db
    .update(toolResources)
    .set({ status: "published", publishedAt: new Date(), publishedById: scope.userId })
    .where(and(eq(toolResources.id, id), eq(toolResources.networkId, scope.networkId), eq(toolResources.status, "draft")));
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

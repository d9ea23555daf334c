import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import {
  events,
  organisations,
  serdActions,
  toolCollections,
  toolResourceAttachments,
  toolResourceDownloads,
  toolResources,
  trainingModules,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { normaliseForSearch } from "@/lib/domain/search";
import { bytesMatchExtension, cleanFileName, genericContentTypes } from "@/server/storage/file-type";
import { FileTooLargeError, writeFile } from "@/server/storage";
import { maxActionResourceBytes, maxResourceBytes, resourceFileTypes } from "./constants";
import type { ResourceInput } from "./schemas";

// Writes of the resource library: share (published at once) or propose (waits for the
// coordinator), publish, delete, count a download.

type Scope = { networkId: string; userId: string | null };

const refuse = (field: string, key: string, values?: Record<string, number>) =>
  new ActionError("invalid_input", `tools.validation.${key}`, { [field]: `tools.validation.${key}` }, values);
/** The size limit in megabytes, as the message says it. */
const tooBig = (maxBytes: number) => refuse("file", "tooBig", { max: Math.round(maxBytes / 1_000_000) });

export function resourceSearchText(r: { title: string; description?: string | null; tags?: string[]; body?: string | null }) {
  return normaliseForSearch(r.title, r.description, (r.tags ?? []).join(" "), r.body?.slice(0, 2000));
}

/** Checks a document's name and declared type; returns what to store. */
export function checkDocumentName(name: string, type: string) {
  const fileName = cleanFileName(name);
  const ext = fileName.includes(".") ? fileName.split(".").pop()!.toLowerCase() : "";
  const types = resourceFileTypes[ext];
  if (!types || !fileName.slice(0, -ext.length - 1)) throw refuse("file", "badType");
  const declared = type.split(";")[0]!.trim().toLowerCase();
  if (!genericContentTypes.has(declared) && !types.includes(declared)) throw refuse("file", "badType");
  return { fileName, ext, contentType: types[0]! };
}

/** Checks a document's first bytes against its extension. */
export function checkDocumentHead(ext: string, head: Uint8Array) {
  if (head.length === 0) throw refuse("file", "emptyFile");
  if (!bytesMatchExtension(ext, head)) throw refuse("file", "badContent");
}

/** Checks a whole (buffered) document: name, declared type, size and first bytes. */
async function checkDocument(file: File, maxBytes: number) {
  if (file.size === 0) throw refuse("file", "emptyFile");
  if (file.size > maxBytes) throw tooBig(maxBytes);
  const checked = checkDocumentName(file.name, file.type);
  checkDocumentHead(checked.ext, new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  return checked;
}

async function assertInNetwork(db: Db, networkId: string, input: ResourceInput) {
  if (input.ownerOrganisationId) {
    const [o] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.id, input.ownerOrganisationId), eq(organisations.networkId, networkId)));
    if (!o) throw refuse("ownerOrganisationId", "unknownOrganisation");
  }
  if (input.collectionId) {
    const [c] = await db
      .select({ id: toolCollections.id })
      .from(toolCollections)
      .where(and(eq(toolCollections.id, input.collectionId), eq(toolCollections.networkId, networkId)));
    if (!c) throw refuse("collectionId", "unknownCollection");
  }
}

/**
 * Adds a resource: published when the caller may share, proposed otherwise. A document's file
 * is streamed into storage in the same transaction: a refused file leaves no row.
 */
export async function addResource(
  db: Db,
  scope: Scope & { publish: boolean; defaultOrganisationId?: string | null },
  input: ResourceInput,
): Promise<{ id: string; status: "published" | "proposed" }> {
  if (input.kind === "link" && !input.url) throw refuse("url", "urlRequired");
  if (input.kind === "note" && !input.body) throw refuse("body", "bodyRequired");
  if (input.kind === "document" && (!input.file || input.file.size === 0)) throw refuse("file", "fileRequired");
  const checked = input.kind === "document" ? await checkDocument(input.file!, maxActionResourceBytes) : null;
  return insertResource(db, scope, input, checked && { ...checked, stream: input.file!.stream(), maxBytes: maxActionResourceBytes });
}

/**
 * Adds a document whose bytes arrive as a stream (the upload route): the caller checked the name
 * and the first bytes; the size limit is checked as the chunks are written, and going past it
 * rolls the whole transaction back (no file, no chunk, no resource).
 */
export async function addStreamedResource(
  db: Db,
  scope: Scope & { publish: boolean; defaultOrganisationId?: string | null },
  input: ResourceInput,
  upload: { fileName: string; contentType: string; stream: ReadableStream<Uint8Array> },
) {
  return insertResource(db, scope, { ...input, kind: "document" }, { ...upload, maxBytes: maxResourceBytes });
}

async function insertResource(
  db: Db,
  scope: Scope & { publish: boolean; defaultOrganisationId?: string | null },
  input: ResourceInput,
  checked: { fileName: string; contentType: string; stream: ReadableStream<Uint8Array>; maxBytes: number } | null,
): Promise<{ id: string; status: "published" | "proposed" }> {
  await assertInNetwork(db, scope.networkId, input);
  const status = scope.publish ? ("published" as const) : ("proposed" as const);
  return db.transaction(async (tx) => {
    let fileId: string | null = null;
    if (checked) {
      try {
        fileId = (
          await writeFile(tx, {
            networkId: scope.networkId,
            contentType: checked.contentType,
            stream: checked.stream,
            maxBytes: checked.maxBytes,
          })
        ).id;
      } catch (error) {
        if (error instanceof FileTooLargeError) throw tooBig(checked.maxBytes);
        throw error;
      }
    }
    const now = new Date();
    const [row] = await tx
      .insert(toolResources)
      .values({
        networkId: scope.networkId,
        kind: input.kind,
        title: input.title,
        description: input.description,
        themes: input.themes,
        publics: input.publics,
        formats: input.formats,
        tags: input.tags,
        ownerOrganisationId: input.ownerOrganisationId ?? scope.defaultOrganisationId ?? null,
        collectionId: input.collectionId,
        status,
        url: input.kind === "link" ? input.url : null,
        body: input.kind === "note" ? input.body : null,
        fileId,
        fileName: checked?.fileName ?? null,
        searchText: resourceSearchText(input),
        sharedById: scope.userId,
        publishedById: scope.publish ? scope.userId : null,
        publishedAt: scope.publish ? now : null,
      })
      .returning({ id: toolResources.id });
    return { id: row!.id, status };
  });
}

/**
 * The coordinator publishes a proposal, or a fiche méthode still in draft; anything else (already
 * published, another network) is not found.
 */
export async function publishResource(db: Db, scope: Scope, { id }: { id: string }) {
  const [row] = await db
    .update(toolResources)
    .set({ status: "published", publishedAt: new Date(), publishedById: scope.userId, updatedAt: new Date() })
    .where(
      and(
        eq(toolResources.id, id),
        eq(toolResources.networkId, scope.networkId),
        or(
          eq(toolResources.status, "proposed"),
          and(eq(toolResources.status, "draft"), eq(toolResources.kind, "method_sheet")),
        ),
      ),
    )
    .returning({ id: toolResources.id });
  if (!row) throw new ActionError("not_found");
  return row;
}

export async function deleteResource(db: Db, scope: Scope, { id }: { id: string }) {
  const [row] = await db
    .delete(toolResources)
    .where(and(eq(toolResources.id, id), eq(toolResources.networkId, scope.networkId)))
    .returning({ id: toolResources.id });
  if (!row) throw new ActionError("not_found");
  return row;
}

export async function addCollection(db: Db, scope: Scope, { name }: { name: string }) {
  const [row] = await db
    .insert(toolCollections)
    .values({ networkId: scope.networkId, name })
    .onConflictDoNothing()
    .returning({ id: toolCollections.id });
  if (!row) throw refuse("name", "collectionExists");
  return row;
}

/** One download (or opening of a link) by a member: what "most used" and the figures count. */
export async function recordDownload(db: Db, scope: Scope & { resourceId: string; at?: Date }) {
  await db.insert(toolResourceDownloads).values({
    networkId: scope.networkId,
    resourceId: scope.resourceId,
    userId: scope.userId,
    at: scope.at ?? sql`now()`,
  });
}

export type AttachTarget = { eventId?: string | null; serdActionId?: string | null; trainingModuleId?: string | null };

/** The target's column and id: exactly one of meeting, SERD action, training module. */
function targetOf(input: AttachTarget) {
  const set = [
    ["eventId", input.eventId],
    ["serdActionId", input.serdActionId],
    ["trainingModuleId", input.trainingModuleId],
  ].filter(([, v]) => v) as [keyof AttachTarget, string][];
  if (set.length !== 1) throw new ActionError("invalid_input", "tools.validation.oneTarget");
  return set[0]!;
}

const targetTables = { eventId: events, serdActionId: serdActions, trainingModuleId: trainingModules } as const;

/**
 * Shows a published resource on a meeting's, a SERD action's or a training module's page. Both
 * must be of the network (else "not found"); attaching twice is a no-op.
 */
export async function attachResource(db: Db, scope: Scope, input: AttachTarget & { resourceId: string }) {
  const [column, id] = targetOf(input);
  const [resource] = await db
    .select({ id: toolResources.id })
    .from(toolResources)
    .where(
      and(
        eq(toolResources.id, input.resourceId),
        eq(toolResources.networkId, scope.networkId),
        eq(toolResources.status, "published"),
      ),
    );
  if (!resource) throw refuse("resourceId", "unknownResource");
  const table = targetTables[column];
  const [target] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, id), eq(table.networkId, scope.networkId)));
  if (!target) throw new ActionError("not_found");
  await db
    .insert(toolResourceAttachments)
    .values({ networkId: scope.networkId, resourceId: resource.id, [column]: id })
    .onConflictDoNothing();
  return { resourceId: resource.id };
}

/** Takes a resource off a page; an attachment of another network is not found. */
export async function detachResource(db: Db, scope: Scope, input: AttachTarget & { resourceId: string }) {
  const [column, id] = targetOf(input);
  const [row] = await db
    .delete(toolResourceAttachments)
    .where(
      and(
        eq(toolResourceAttachments.networkId, scope.networkId),
        eq(toolResourceAttachments.resourceId, input.resourceId),
        eq(toolResourceAttachments[column], id),
      ),
    )
    .returning({ resourceId: toolResourceAttachments.resourceId });
  if (!row) throw new ActionError("not_found");
  return row;
}

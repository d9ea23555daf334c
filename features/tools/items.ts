import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { organisations, toolItemPhotos, toolItems, toolResources } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { deleteFile, FileTooLargeError, writeFile } from "@/server/storage";
import { bytesMatchExtension, cleanFileName, genericContentTypes } from "@/server/storage/file-type";
import { maxPhotoBytes, photoFileTypes } from "./constants";
import type { ItemInput } from "./schemas";
import type { Actor } from "./reservations";

// Writes of the kits themselves: add, edit, photos. Reservations and loans: reservations.ts.

const field = (name: string, key: string) =>
  new ActionError("invalid_input", `tools.validation.${key}`, { [name]: `tools.validation.${key}` });

/** The kit, when it is the network's and the actor may change it (its owner's members, the coordinator). */
async function ownedItem(db: Db, actor: Actor, itemId: string) {
  const [item] = await db
    .select()
    .from(toolItems)
    .where(and(eq(toolItems.id, itemId), eq(toolItems.networkId, actor.networkId)));
  if (!item) throw new ActionError("not_found");
  if (!actor.isCoordinator && actor.organisationId !== item.ownerOrganisationId)
    throw new ActionError("forbidden", "tools.errors.notOwner");
  return item;
}

async function checkReferences(db: Db, networkId: string, owner: string, instructionsResourceId: string | null) {
  const [org] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, owner), eq(organisations.networkId, networkId)));
  if (!org) throw field("ownerOrganisationId", "unknownOrganisation");
  if (instructionsResourceId) {
    const [r] = await db
      .select({ id: toolResources.id })
      .from(toolResources)
      .where(and(eq(toolResources.id, instructionsResourceId), eq(toolResources.networkId, networkId)));
    if (!r) throw field("instructionsResourceId", "unknownResource");
  }
}

/** Adds a kit lent by the caller's organisation (the coordinator: by any organisation). */
export async function addItem(db: Db, actor: Actor, input: ItemInput): Promise<{ id: string }> {
  const owner = actor.isCoordinator ? (input.ownerOrganisationId ?? actor.organisationId) : actor.organisationId;
  if (!owner) throw field("ownerOrganisationId", "ownerRequired");
  await checkReferences(db, actor.networkId, owner, input.instructionsResourceId);
  const [row] = await db
    .insert(toolItems)
    .values({ ...input, networkId: actor.networkId, ownerOrganisationId: owner })
    .returning({ id: toolItems.id });
  return row!;
}

/**
 * Edits a kit: its owner's members and the coordinator; only the coordinator hands it to another
 * organisation (an ambassador's choice of owner is ignored).
 */
export async function updateItem(db: Db, actor: Actor, input: ItemInput & { id: string }): Promise<{ id: string }> {
  const item = await ownedItem(db, actor, input.id);
  const owner = actor.isCoordinator ? (input.ownerOrganisationId ?? item.ownerOrganisationId) : item.ownerOrganisationId;
  await checkReferences(db, actor.networkId, owner, input.instructionsResourceId);
  const { id, ...fields } = input;
  await db
    .update(toolItems)
    .set({ ...fields, ownerOrganisationId: owner })
    .where(and(eq(toolItems.id, id), eq(toolItems.networkId, actor.networkId)));
  return { id };
}

/** Checks a photo's name, declared type and first bytes: an image only. */
async function checkPhoto(file: File) {
  if (file.size === 0) throw field("file", "emptyFile");
  if (file.size > maxPhotoBytes) throw field("file", "photoTooBig");
  const fileName = cleanFileName(file.name);
  const ext = fileName.includes(".") ? fileName.split(".").pop()!.toLowerCase() : "";
  const types = photoFileTypes[ext];
  if (!types) throw field("file", "notAnImage");
  const declared = file.type.split(";")[0]!.trim().toLowerCase();
  if (!genericContentTypes.has(declared) && !types.includes(declared)) throw field("file", "notAnImage");
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  if (!bytesMatchExtension(ext, head)) throw field("file", "badContent");
  return { contentType: types[0]! };
}

/** Adds a photo at the end of the kit's photos; the file and its row in one transaction. */
export async function addItemPhoto(
  db: Db,
  actor: Actor,
  input: { itemId: string; alt: string; file: File },
): Promise<{ id: string }> {
  const item = await ownedItem(db, actor, input.itemId);
  const { contentType } = await checkPhoto(input.file);
  return db.transaction(async (tx) => {
    let fileId: string;
    try {
      fileId = (
        await writeFile(tx, { networkId: actor.networkId, contentType, stream: input.file.stream(), maxBytes: maxPhotoBytes })
      ).id;
    } catch (error) {
      if (error instanceof FileTooLargeError) throw field("file", "photoTooBig");
      throw error;
    }
    const [row] = await tx
      .insert(toolItemPhotos)
      .values({
        networkId: actor.networkId,
        itemId: item.id,
        fileId,
        alt: input.alt,
        position: sql`(select coalesce(max(${toolItemPhotos.position}) + 1, 0) from ${toolItemPhotos}
          where ${toolItemPhotos.itemId} = ${item.id})`,
      })
      .returning({ id: toolItemPhotos.id });
    return row!;
  });
}

/** Takes a photo off its kit; its file goes with it. */
export async function deleteItemPhoto(db: Db, actor: Actor, { id }: { id: string }): Promise<{ id: string }> {
  const [photo] = await db
    .select()
    .from(toolItemPhotos)
    .where(and(eq(toolItemPhotos.id, id), eq(toolItemPhotos.networkId, actor.networkId)));
  if (!photo) throw new ActionError("not_found");
  await ownedItem(db, actor, photo.itemId);
  await db.transaction(async (tx) => {
    await tx.delete(toolItemPhotos).where(eq(toolItemPhotos.id, photo.id));
    await deleteFile(tx, { networkId: actor.networkId, id: photo.fileId });
  });
  return { id: photo.id };
}

/** A kit's photos in order (for its page). */
export async function listItemPhotos(db: Db, { networkId, itemId }: { networkId: string; itemId: string }) {
  return db
    .select({ id: toolItemPhotos.id, alt: toolItemPhotos.alt, fileId: toolItemPhotos.fileId })
    .from(toolItemPhotos)
    .where(and(eq(toolItemPhotos.networkId, networkId), eq(toolItemPhotos.itemId, itemId)))
    .orderBy(asc(toolItemPhotos.position), asc(toolItemPhotos.createdAt));
}

/** One photo of a kit of the network, for the route that serves it; undefined otherwise. */
export async function getItemPhoto(db: Db, { networkId, itemId, id }: { networkId: string; itemId: string; id: string }) {
  const [row] = await db
    .select({ id: toolItemPhotos.id, fileId: toolItemPhotos.fileId })
    .from(toolItemPhotos)
    .where(and(eq(toolItemPhotos.id, id), eq(toolItemPhotos.itemId, itemId), eq(toolItemPhotos.networkId, networkId)));
  return row;
}

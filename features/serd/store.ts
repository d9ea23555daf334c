import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { communes, organisations, serdActions, serdEditions } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";

// Row loading and the optimistic-concurrency write shared by the SERD mutations.

export function invalid(fieldKeys: Record<string, string>): never {
  throw new ActionError("invalid_input", "errors.invalid_input", fieldKeys);
}

export const staleError = () => new ActionError("conflict", "serd.errors.stale");

export async function loadEdition(db: Db, { networkId, id }: { networkId: string; id: string }) {
  const [row] = await db
    .select()
    .from(serdEditions)
    .where(and(eq(serdEditions.networkId, networkId), eq(serdEditions.id, id)));
  return row ?? null;
}

/** The action and its edition, row-locked for the rest of the transaction; another network's: not found. */
export async function lockAction(db: Db, { networkId, id }: { networkId: string; id: string }) {
  const [row] = await db
    .select({ action: serdActions, edition: serdEditions })
    .from(serdActions)
    .innerJoin(serdEditions, eq(serdEditions.id, serdActions.editionId))
    .where(and(eq(serdActions.networkId, networkId), eq(serdActions.id, id)))
    .for("update", { of: serdActions });
  if (!row) throw new ActionError("not_found");
  return row;
}

/**
 * Writes the action only if nobody changed it since the caller read `version`, and increments it.
 * Zero rows: someone else wrote first; nothing is overwritten.
 */
export async function writeVersioned(
  db: Db,
  { networkId, id, version }: { networkId: string; id: string; version: number },
  set: Partial<typeof serdActions.$inferInsert>,
  now: Date,
) {
  const rows = await db
    .update(serdActions)
    .set({ ...set, version: version + 1, updatedAt: now })
    .where(
      and(eq(serdActions.networkId, networkId), eq(serdActions.id, id), eq(serdActions.version, version)),
    )
    .returning({ id: serdActions.id, version: serdActions.version });
  if (rows.length === 0) throw staleError();
  return rows[0]!;
}

/** Ids among `ids` that are not organisations of the network. */
export async function foreignOrganisations(db: Db, networkId: string, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.networkId, networkId), inArray(organisations.id, ids)));
  const known = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

export async function networkCommuneIds(db: Db, networkId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: communes.id })
    .from(communes)
    .where(and(eq(communes.networkId, networkId), inArray(communes.id, ids)));
  return new Set(rows.map((r) => r.id));
}

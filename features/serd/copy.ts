import "server-only";
import { and, eq } from "drizzle-orm";
import { serdActionCoorganisers, serdActionHistory, serdActions } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { actsFor, type SerdActor } from "./access";
import { isPastDeadline } from "./rules";
import { loadEdition } from "./store";

// "Copy last year's action": a new draft in a later edition with the same content and
// co-organisers. Dates, results and the review are the new edition's business: not copied.

export async function copyActionToEdition(
  db: Db,
  actor: SerdActor,
  input: { id: string; editionId: string },
  now = new Date(),
) {
  const { networkId } = actor;
  return db.transaction(async (tx) => {
    const [source] = await tx
      .select()
      .from(serdActions)
      .where(and(eq(serdActions.networkId, networkId), eq(serdActions.id, input.id)));
    if (!source || !actsFor(actor, source)) throw new ActionError("not_found");
    const [from, to] = await Promise.all([
      loadEdition(tx, { networkId, id: source.editionId }),
      loadEdition(tx, { networkId, id: input.editionId }),
    ]);
    if (!from || !to) throw new ActionError("not_found");
    if (to.year <= from.year) throw new ActionError("conflict", "serd.errors.copyToLater");
    if (!actor.manageAll && isPastDeadline(to, now))
      throw new ActionError("expired", "serd.errors.deadlinePassed");
    const [row] = await tx
      .insert(serdActions)
      .values({
        networkId,
        editionId: to.id,
        leadOrganisationId: source.leadOrganisationId,
        title: source.title,
        description: source.description,
        themes: source.themes,
        format: source.format,
        targetPublics: source.targetPublics,
        freeEntry: source.freeEntry,
        nonProfit: source.nonProfit,
        awardsOptIn: source.awardsOptIn,
        status: "draft",
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: serdActions.id, version: serdActions.version });
    const coorganisers = await tx
      .select({ organisationId: serdActionCoorganisers.organisationId })
      .from(serdActionCoorganisers)
      .where(and(eq(serdActionCoorganisers.networkId, networkId), eq(serdActionCoorganisers.actionId, source.id)));
    if (coorganisers.length)
      await tx
        .insert(serdActionCoorganisers)
        .values(coorganisers.map((c) => ({ networkId, actionId: row!.id, organisationId: c.organisationId })));
    await tx.insert(serdActionHistory).values({
      networkId,
      actionId: row!.id,
      kind: "created",
      toStatus: "draft",
      byUserId: actor.userId,
      at: now,
    });
    return row!;
  });
}

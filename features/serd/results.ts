import "server-only";
import { and, eq } from "drizzle-orm";
import { contributions, serdActionCoorganisers, serdActionHistory, serdOccurrences } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { resultsRefusal, type SerdActor } from "./access";
import type { ContributionInput, ResultsInput } from "./schemas";
import { invalid, lockAction, writeVersioned } from "./store";

// After the week: actual participants, a short account and valued contributions of labelled actions.

async function lockForResults(db: Db, actor: SerdActor, id: string, now: Date) {
  const row = await lockAction(db, { networkId: actor.networkId, id });
  const refusal = resultsRefusal({ ...row.action, edition: row.edition }, actor, now);
  if (refusal) throw new ActionError(refusal.code, refusal.messageKey);
  return row;
}

export async function recordResults(db: Db, actor: SerdActor, input: ResultsInput, now = new Date()) {
  const { networkId } = actor;
  return db.transaction(async (tx) => {
    const { action } = await lockForResults(tx, actor, input.id, now);
    if (action.version !== input.version) throw new ActionError("conflict", "serd.errors.stale");
    const own = await tx
      .select({ id: serdOccurrences.id })
      .from(serdOccurrences)
      .where(eq(serdOccurrences.actionId, action.id));
    const ids = new Set(own.map((o) => o.id));
    input.occurrences.forEach((o, i) => {
      if (!ids.has(o.id)) invalid({ [`occurrences.${i}.actualParticipants`]: "errors.not_found" });
    });
    const written = await writeVersioned(
      tx,
      { networkId, id: action.id, version: input.version },
      { resultAccount: input.resultAccount },
      now,
    );
    for (const o of input.occurrences)
      await tx
        .update(serdOccurrences)
        .set({ actualParticipants: o.actualParticipants })
        .where(and(eq(serdOccurrences.id, o.id), eq(serdOccurrences.actionId, action.id)));
    await tx.insert(serdActionHistory).values({
      networkId,
      actionId: action.id,
      kind: "results",
      fromStatus: action.status,
      toStatus: action.status,
      byUserId: actor.userId,
      at: now,
    });
    return { id: action.id, version: written.version };
  });
}

/** A valued contribution of the lead organisation (or, by a reviewer, of any co-organiser). */
export async function addContribution(db: Db, actor: SerdActor, input: ContributionInput, now = new Date()) {
  const { networkId } = actor;
  if (input.kind !== "staff" && input.days !== null) invalid({ days: "serd.validation.daysOnlyStaff" });
  return db.transaction(async (tx) => {
    const { action } = await lockForResults(tx, actor, input.actionId, now);
    let organisationId = action.leadOrganisationId;
    if (actor.manageAll && input.organisationId && input.organisationId !== organisationId) {
      const [co] = await tx
        .select({ id: serdActionCoorganisers.organisationId })
        .from(serdActionCoorganisers)
        .where(
          and(
            eq(serdActionCoorganisers.actionId, action.id),
            eq(serdActionCoorganisers.organisationId, input.organisationId),
          ),
        );
      if (!co) invalid({ organisationId: "serd.validation.organisationNotOfAction" });
      organisationId = input.organisationId;
    } else if (input.organisationId && input.organisationId !== organisationId) {
      invalid({ organisationId: "serd.validation.organisationNotOfAction" });
    }
    const [row] = await tx
      .insert(contributions)
      .values({
        networkId,
        organisationId,
        editionId: action.editionId,
        actionId: action.id,
        kind: input.kind,
        amountEur: input.amountEur.toFixed(2),
        days: input.days === null ? null : input.days.toFixed(2),
        description: input.description,
        createdById: actor.userId,
        createdAt: now,
      })
      .returning({ id: contributions.id });
    return row!;
  });
}

export async function deleteContribution(db: Db, actor: SerdActor, { id }: { id: string }, now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ actionId: contributions.actionId })
      .from(contributions)
      .where(and(eq(contributions.networkId, actor.networkId), eq(contributions.id, id)));
    if (!row?.actionId) throw new ActionError("not_found");
    await lockForResults(tx, actor, row.actionId, now);
    await tx
      .delete(contributions)
      .where(and(eq(contributions.networkId, actor.networkId), eq(contributions.id, id)));
    return { id };
  });
}

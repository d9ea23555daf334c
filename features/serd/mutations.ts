import "server-only";
import { and, eq } from "drizzle-orm";
import {
  serdActionCoorganisers,
  serdActionHistory,
  serdActions,
  serdEditions,
  serdOccurrences,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { getMailer } from "@/server/mail/mailer";
import { env } from "@/server/env";
import { editRefusal, type SerdActor } from "./access";
import { notifyReviewers, type NotifyMail } from "./notifications";
import { isPastDeadline, withinEdition } from "./rules";
import { editionProblems, type ActionInput, type EditionInput, type UpdateActionInput } from "./schemas";
import {
  foreignOrganisations,
  invalid,
  loadEdition,
  lockAction,
  networkCommuneIds,
  writeVersioned,
} from "./store";

type Edition = typeof serdEditions.$inferSelect;
const defaultMail = (): NotifyMail => ({ mailer: getMailer(), appUrl: env().APP_URL });
type Scope = { networkId: string };

// --- Editions (coordinator) ---

export async function createEdition(db: Db, { networkId }: Scope, input: EditionInput) {
  const problems = editionProblems(input);
  if (Object.keys(problems).length) invalid(problems);
  const rows = await db
    .insert(serdEditions)
    .values({ networkId, ...input })
    .onConflictDoNothing({ target: [serdEditions.networkId, serdEditions.year] })
    .returning({ id: serdEditions.id });
  if (rows.length === 0) invalid({ year: "serd.validation.yearTaken" });
  return rows[0]!;
}

export async function updateEdition(db: Db, { networkId, id }: Scope & { id: string }, input: EditionInput) {
  const problems = editionProblems(input);
  if (Object.keys(problems).length) invalid(problems);
  return db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: serdEditions.id })
      .from(serdEditions)
      .where(and(eq(serdEditions.networkId, networkId), eq(serdEditions.year, input.year)));
    if (taken && taken.id !== id) invalid({ year: "serd.validation.yearTaken" });
    const rows = await tx
      .update(serdEditions)
      .set(input)
      .where(and(eq(serdEditions.networkId, networkId), eq(serdEditions.id, id)))
      .returning({ id: serdEditions.id });
    if (rows.length === 0) throw new ActionError("not_found");
    return rows[0]!;
  });
}

// --- Actions: registration ---

type Content = Omit<ActionInput, "editionId" | "intent" | "comment" | "leadOrganisationId">;

/** Field errors of an action's content; `complete` adds what a submission needs. */
async function checkContent(
  db: Db,
  networkId: string,
  edition: Edition,
  leadOrganisationId: string,
  input: Content,
  complete: boolean,
) {
  const p: Record<string, string> = {};
  if ((await foreignOrganisations(db, networkId, [leadOrganisationId])).length)
    p.leadOrganisationId = "serd.validation.organisationUnknown";
  if ((await foreignOrganisations(db, networkId, input.coorganiserIds)).length)
    p.coorganiserIds = "serd.validation.organisationUnknown";
  const communeIds = input.occurrences.map((o) => o.communeId).filter((c): c is string => c !== null);
  const known = await networkCommuneIds(db, networkId, communeIds);
  input.occurrences.forEach((o, i) => {
    const f = (name: string) => `occurrences.${i}.${name}`;
    if (!withinEdition(edition, o.date)) p[f("date")] = "serd.validation.dateOutsideEdition";
    if (o.communeId && !known.has(o.communeId)) p[f("communeId")] = "serd.validation.communeUnknown";
    if (o.startTime && o.endTime && o.endTime <= o.startTime)
      p[f("endTime")] = "serd.validation.endBeforeStart";
    if (complete) {
      if (!o.startTime) p[f("startTime")] = "validation.required";
      if (!o.endTime && !p[f("endTime")]) p[f("endTime")] = "validation.required";
      if (!o.place) p[f("place")] = "validation.required";
      if (!o.communeId) p[f("communeId")] = "validation.required";
      if (o.expectedParticipants === null) p[f("expectedParticipants")] = "validation.required";
    }
  });
  if (complete) {
    if (!input.description) p.description = "validation.required";
    if (input.themes.length === 0) p.themes = "serd.rules.noTheme";
    if (!input.format) p.format = "validation.required";
    if (input.targetPublics.length === 0) p.targetPublics = "serd.validation.publicRequired";
    if (!input.freeEntry) p.freeEntry = "serd.rules.notFreeEntry";
    if (!input.nonProfit) p.nonProfit = "serd.rules.notNonProfit";
    if (input.occurrences.length === 0) p.occurrences = "serd.validation.occurrenceRequired";
  }
  if (Object.keys(p).length) invalid(p);
}

function assertBeforeDeadline(actor: SerdActor, edition: Edition, now: Date) {
  if (!actor.manageAll && isPastDeadline(edition, now))
    throw new ActionError("expired", "serd.errors.deadlinePassed");
}

async function writeParts(
  tx: Db,
  networkId: string,
  actionId: string,
  leadOrganisationId: string,
  input: Content,
  existingOccurrenceIds: Set<string>,
) {
  await tx.delete(serdActionCoorganisers).where(eq(serdActionCoorganisers.actionId, actionId));
  const coorganisers = input.coorganiserIds.filter((id) => id !== leadOrganisationId);
  if (coorganisers.length)
    await tx
      .insert(serdActionCoorganisers)
      .values(coorganisers.map((organisationId) => ({ networkId, actionId, organisationId })));
  // Occurrences keep their id (and actual participants) when edited; removed ones are deleted.
  const kept = new Set<string>();
  for (const { id, ...o } of input.occurrences) {
    if (id && existingOccurrenceIds.has(id) && !kept.has(id)) {
      kept.add(id);
      await tx
        .update(serdOccurrences)
        .set(o)
        .where(and(eq(serdOccurrences.id, id), eq(serdOccurrences.actionId, actionId)));
    } else {
      const [row] = await tx
        .insert(serdOccurrences)
        .values({ networkId, actionId, ...o })
        .returning({ id: serdOccurrences.id });
      kept.add(row!.id);
    }
  }
  for (const id of existingOccurrenceIds)
    if (!kept.has(id)) await tx.delete(serdOccurrences).where(eq(serdOccurrences.id, id));
}

const contentOf = (input: Content) => ({
  title: input.title,
  description: input.description,
  themes: input.themes,
  format: input.format,
  targetPublics: input.targetPublics,
  freeEntry: input.freeEntry,
  nonProfit: input.nonProfit,
  awardsOptIn: input.awardsOptIn,
});

/** Registers an action as a draft, or submits it at once (`intent: "submit"`). */
export async function createAction(
  db: Db,
  actor: SerdActor,
  input: ActionInput,
  now = new Date(),
  mail: NotifyMail = defaultMail(),
) {
  const { networkId } = actor;
  const lead = actor.manageAll ? input.leadOrganisationId : actor.organisationId;
  if (!lead) invalid({ leadOrganisationId: "validation.required" });
  if (!actor.manageAll && input.leadOrganisationId && input.leadOrganisationId !== lead)
    invalid({ leadOrganisationId: "serd.validation.leadOwnOnly" });
  const submit = input.intent === "submit";
  return db.transaction(async (tx) => {
    const edition = await loadEdition(tx, { networkId, id: input.editionId });
    if (!edition) throw new ActionError("not_found");
    if (submit) assertBeforeDeadline(actor, edition, now);
    await checkContent(tx, networkId, edition, lead, input, submit);
    const [row] = await tx
      .insert(serdActions)
      .values({
        networkId,
        editionId: edition.id,
        leadOrganisationId: lead,
        ...contentOf(input),
        status: submit ? "submitted" : "draft",
        submittedAt: submit ? now : null,
        createdById: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: serdActions.id, version: serdActions.version, status: serdActions.status });
    await writeParts(tx, networkId, row!.id, lead, input, new Set());
    const step = { networkId, actionId: row!.id, byUserId: actor.userId };
    const history: (typeof serdActionHistory.$inferInsert)[] = [
      { ...step, kind: "created", toStatus: "draft", at: now },
    ];
    // One millisecond later, so that the history reads in order.
    if (submit)
      history.push({
        ...step,
        kind: "submitted",
        fromStatus: "draft",
        toStatus: "submitted",
        at: new Date(now.getTime() + 1),
      });
    await tx.insert(serdActionHistory).values(history);
    if (submit)
      await notifyReviewers(tx, { networkId, actionId: row!.id, kind: "submitted", byUserId: actor.userId }, mail, now);
    return row!;
  });
}

/**
 * Edits an action (and submits it with `intent: "submit"`), when `editRefusal` (access.ts) allows.
 */
export async function updateAction(
  db: Db,
  actor: SerdActor,
  input: UpdateActionInput,
  now = new Date(),
  mail: NotifyMail = defaultMail(),
) {
  const { networkId } = actor;
  return db.transaction(async (tx) => {
    const { action, edition } = await lockAction(tx, { networkId, id: input.id });
    const refusal = editRefusal({ ...action, edition }, actor, now);
    if (refusal?.code === "not_found") throw new ActionError("not_found");
    if (action.version !== input.version) throw new ActionError("conflict", "serd.errors.stale");
    if (refusal) throw new ActionError(refusal.code, refusal.messageKey);
    const submitting = input.intent === "submit" && action.status !== "submitted";
    // Submitting a draft closes with the deadline; answering a change request does not.
    if (submitting && action.status === "draft") assertBeforeDeadline(actor, edition, now);
    const lead =
      actor.manageAll && input.leadOrganisationId ? input.leadOrganisationId : action.leadOrganisationId;
    if (!actor.manageAll && input.leadOrganisationId && input.leadOrganisationId !== lead)
      invalid({ leadOrganisationId: "serd.validation.leadOwnOnly" });
    const toStatus = submitting ? "submitted" : action.status;
    await checkContent(tx, networkId, edition, lead, input, toStatus === "submitted");
    const written = await writeVersioned(
      tx,
      { networkId, id: action.id, version: input.version },
      {
        ...contentOf(input),
        leadOrganisationId: lead,
        status: toStatus,
        submittedAt: submitting ? now : action.submittedAt,
      },
      now,
    );
    const existing = await tx
      .select({ id: serdOccurrences.id })
      .from(serdOccurrences)
      .where(eq(serdOccurrences.actionId, action.id));
    await writeParts(tx, networkId, action.id, lead, input, new Set(existing.map((o) => o.id)));
    await tx.insert(serdActionHistory).values({
      networkId,
      actionId: action.id,
      kind: submitting ? "submitted" : "edited",
      fromStatus: action.status,
      toStatus,
      comment: submitting ? input.comment : null,
      byUserId: actor.userId,
      at: now,
    });
    if (submitting)
      await notifyReviewers(
        tx,
        {
          networkId,
          actionId: action.id,
          // Submitted before (then sent back for changes, or reopened): the reviewer sees it again.
          kind: action.submittedAt ? "resubmitted" : "submitted",
          byUserId: actor.userId,
        },
        mail,
        now,
      );
    return { id: action.id, version: written.version, status: toStatus };
  });
}

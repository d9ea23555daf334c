import "server-only";
import { eq } from "drizzle-orm";
import { networks, serdActionHistory, serdOccurrences, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import type { SerdReviewStatus } from "@/lib/domain/enums";
import type { Mailer } from "@/server/mail/mailer";
import { actsFor, type SerdActor } from "./access";
import { serdReviewMail, type ReviewStep } from "./mails";
import { brokenRules } from "./rules";
import type { ReviewInput } from "./schemas";
import { invalid, lockAction, writeVersioned } from "./store";
import { audit } from "@/server/audit";

// The review workflow: submitted → labelled | changes_requested | rejected; every step is kept in
// the action's history and mailed to its author.

type Notify = { mailer: Mailer; appUrl: string; networkSlug: string; now?: Date };

const transitions: Record<ReviewInput["decision"], { from: SerdReviewStatus[]; to: SerdReviewStatus }> = {
  label: { from: ["submitted"], to: "labelled" },
  request_changes: { from: ["submitted"], to: "changes_requested" },
  reject: { from: ["submitted", "changes_requested"], to: "rejected" },
};

const ruleField = {
  noTheme: "themes",
  notFreeEntry: "freeEntry",
  notNonProfit: "nonProfit",
  noOccurrenceInEdition: "occurrences",
} as const;

export async function reviewAction(db: Db, actor: SerdActor, input: ReviewInput, notify: Notify) {
  const now = notify.now ?? new Date();
  const { networkId } = actor;
  if (input.decision !== "label" && !input.comment)
    invalid({
      comment:
        input.decision === "reject" ? "serd.validation.reasonRequired" : "serd.validation.commentRequired",
    });
  const result = await db.transaction(async (tx) => {
    const { action, edition } = await lockAction(tx, { networkId, id: input.id });
    if (action.version !== input.version) throw new ActionError("conflict", "serd.errors.stale");
    const { from, to } = transitions[input.decision];
    if (!from.includes(action.status)) throw new ActionError("conflict", "serd.errors.wrongStatus");
    if (input.decision === "label") {
      const days = await tx
        .select({ date: serdOccurrences.date })
        .from(serdOccurrences)
        .where(eq(serdOccurrences.actionId, action.id));
      const broken = brokenRules(
        action,
        days.map((d) => d.date),
        edition,
      );
      if (broken.length)
        throw new ActionError(
          "conflict",
          "serd.errors.rulesBroken",
          Object.fromEntries(broken.map((r) => [ruleField[r], `serd.rules.${r}`])),
        );
    }
    const written = await writeVersioned(
      tx,
      { networkId, id: action.id, version: input.version },
      { status: to },
      now,
    );
    await tx.insert(serdActionHistory).values({
      networkId,
      actionId: action.id,
      kind: to === "labelled" ? "labelled" : to === "rejected" ? "rejected" : "changes_requested",
      fromStatus: action.status,
      toStatus: to,
      comment: input.comment,
      byUserId: actor.userId,
      at: now,
    });
    await audit(tx, { networkId, actorId: actor.userId, action: "serd.reviewed", entity: "serd_actions", entityId: action.id, summary: { from: action.status, to } });
    return {
      id: action.id,
      version: written.version,
      status: to,
      title: action.title,
      authorId: action.createdById,
    };
  });
  await mailAuthor(db, notify, {
    networkId,
    ...result,
    step: result.status as ReviewStep,
    comment: input.comment,
  });
  return { id: result.id, version: result.version, status: result.status };
}

/** A comment in the action's thread: the author answering a change request, or the reviewer. */
export async function commentOnAction(
  db: Db,
  actor: SerdActor,
  input: { id: string; version: number; comment: string },
  notify: Notify,
) {
  const now = notify.now ?? new Date();
  const { networkId } = actor;
  const result = await db.transaction(async (tx) => {
    const { action } = await lockAction(tx, { networkId, id: input.id });
    if (!actsFor(actor, action)) throw new ActionError("not_found");
    if (action.version !== input.version) throw new ActionError("conflict", "serd.errors.stale");
    const written = await writeVersioned(tx, { networkId, id: action.id, version: input.version }, {}, now);
    await tx.insert(serdActionHistory).values({
      networkId,
      actionId: action.id,
      kind: "comment",
      fromStatus: action.status,
      toStatus: action.status,
      comment: input.comment,
      byUserId: actor.userId,
      at: now,
    });
    return { id: action.id, version: written.version, title: action.title, authorId: action.createdById };
  });
  // The author is told of the reviewer's comments; their own answers need no mail to themselves.
  if (result.authorId !== actor.userId)
    await mailAuthor(db, notify, { networkId, ...result, step: "comment", comment: input.comment });
  return { id: result.id, version: result.version };
}

async function mailAuthor(
  db: Db,
  notify: Notify,
  args: {
    networkId: string;
    id: string;
    title: string;
    authorId: string | null;
    step: ReviewStep;
    comment: string | null;
  },
) {
  if (!args.authorId) return;
  const [row] = await db
    .select({ email: users.email, networkName: networks.name })
    .from(users)
    .innerJoin(networks, eq(networks.id, args.networkId))
    .where(eq(users.id, args.authorId));
  if (!row) return;
  try {
    await notify.mailer.send(db, {
      ...serdReviewMail({
        // Authors have no stored language: French first.
        locale: "fr",
        to: row.email,
        networkName: row.networkName,
        actionTitle: args.title,
        step: args.step,
        comment: args.comment,
        url: `${notify.appUrl}/n/${notify.networkSlug}/serd/actions/${args.id}`,
      }),
      context: { networkId: args.networkId, serdActionId: args.id },
    });
  } catch (error) {
    // The decision is committed and kept in the history; a mail server failure must not make
    // the reviewer believe it failed (a retry would then be refused as stale).
    console.error("[serd] review mail not sent", error);
  }
}

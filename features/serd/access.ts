import type { ErrorCode } from "@/lib/action-result";
import type { NetworkContext } from "@/server/access/context";
import { isPastDeadline, resultsOpen, type EditionDates } from "./rules";

// Who may see and change which SERD actions. Feature code asks these, never the role.

/** What the SERD writes need to know of the caller. */
export type SerdActor = {
  networkId: string;
  userId: string;
  /** The organisation a partner or ambassador acts for. */
  organisationId: string | null;
  /** Reviewers act for any organisation and are not bound by the partners' deadline. */
  manageAll: boolean;
};

export function serdActorOf(ctx: NetworkContext): SerdActor {
  return {
    networkId: ctx.network.id,
    userId: ctx.userId,
    organisationId: ctx.organisationId,
    manageAll: ctx.can("serd.review"),
  };
}

/** Reviewers and those who may export the edition (elected officials) see every action. */
export function seesAllActions(ctx: NetworkContext): boolean {
  return ctx.can("serd.review") || ctx.can("serd.export");
}

/**
 * Only the lead organisation's people (or a reviewer) act on an action: edit it, comment on it,
 * record its results. Co-organisers read it; to anyone else it does not exist.
 */
export function actsFor(actor: SerdActor, action: { leadOrganisationId: string }): boolean {
  return (
    actor.manageAll || (actor.organisationId !== null && actor.organisationId === action.leadOrganisationId)
  );
}

type ActionState = { leadOrganisationId: string; status: string; edition: EditionDates };
export type Refusal = { code: ErrorCode; messageKey?: string };

/**
 * Why the actor may not edit the action now, or null. Drafts and change requests stay open (a
 * change request is answered even after the deadline: the reviewer asked for it); a submitted
 * action stays editable by its organisation until the deadline; labelled or rejected ones are
 * closed. Reviewers are not bound by the deadline.
 */
export function editRefusal(action: ActionState, actor: SerdActor, now: Date): Refusal | null {
  if (!actsFor(actor, action)) return { code: "not_found" };
  if (action.status === "labelled" || action.status === "rejected")
    return { code: "conflict", messageKey: "serd.errors.closed" };
  if (action.status === "submitted" && !actor.manageAll && isPastDeadline(action.edition, now))
    return { code: "expired", messageKey: "serd.errors.deadlinePassed" };
  return null;
}

/** THE rule deciding whether a partner, an ambassador or a reviewer may edit an action now. */
export function canEdit(action: ActionState, actor: SerdActor, now: Date): boolean {
  return editRefusal(action, actor, now) === null;
}

/** Results are recorded by the lead organisation (or a reviewer) for labelled actions, from the first day of the week. */
export function resultsRefusal(action: ActionState, actor: SerdActor, now: Date): Refusal | null {
  if (!actsFor(actor, action)) return { code: "not_found" };
  if (action.status !== "labelled") return { code: "conflict", messageKey: "serd.errors.resultsNotLabelled" };
  if (!resultsOpen(action.edition, now))
    return { code: "conflict", messageKey: "serd.errors.resultsNotOpen" };
  return null;
}

export function canReadAction(
  ctx: NetworkContext,
  action: { leadOrganisationId: string; coorganiserIds: string[] },
): boolean {
  if (!ctx.can("serd.read")) return false;
  if (seesAllActions(ctx)) return true;
  const org = ctx.organisationId;
  return org !== null && (action.leadOrganisationId === org || action.coorganiserIds.includes(org));
}

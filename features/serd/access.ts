import type { NetworkContext } from "@/server/access/context";

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

/** Only the lead organisation's people (or a reviewer) edit an action; co-organisers read it. */
export function canEditAction(actor: SerdActor, action: { leadOrganisationId: string }): boolean {
  return (
    actor.manageAll || (actor.organisationId !== null && actor.organisationId === action.leadOrganisationId)
  );
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

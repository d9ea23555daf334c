"use server";
import type { NetworkContext } from "@/server/access/context";
import { ActionError } from "@/lib/action-result";
import { directoryScope } from "@/server/access/scopes";
import { networkAction, publicAction } from "@/server/access/server";
import { env } from "@/server/env";
import { getMailer } from "@/server/mail/mailer";
import { assertManagesEvent } from "@/features/meetings/organiser";
import { answerAsMember, answerByToken } from "./answers";
import { inviteToEvent, resendPendingInvitations } from "./invitations";
import { retryMail } from "@/server/mail/queue";
import { answerAsMemberSchema, answerByTokenSchema, inviteSchema, resendSchema, retryMailSchema } from "./schemas";

const eventPath = (ctx: NetworkContext) => `/n/${ctx.network.slug}/meetings`;

// POST (server action) – invite people to an event, one email each (coordinator, ambassador)
export const inviteAction = networkAction(
  inviteSchema,
  "events.write",
  async (ctx, input) => {
    // Picking people needs the full directory; segments are the coordinator's tool.
    if (input.contactIds.length > 0 && directoryScope(ctx) !== "full") throw new ActionError("forbidden");
    if (input.segmentId && !ctx.can("directory.segments")) throw new ActionError("forbidden");
    await assertManagesEvent(ctx, input.eventId);
    return inviteToEvent(ctx.db, getMailer(), {
      networkId: ctx.network.id,
      input,
      locale: ctx.locale,
      appUrl: env().APP_URL,
    });
  },
  { revalidate: eventPath },
);

// POST (server action) – send the invitation again to everyone who has not answered (coordinator, ambassador)
export const resendInvitationsAction = networkAction(
  resendSchema,
  "events.write",
  async (ctx, input) => {
    await assertManagesEvent(ctx, input.eventId);
    return resendPendingInvitations(ctx.db, getMailer(), {
      networkId: ctx.network.id,
      eventId: input.eventId,
      locale: ctx.locale,
      appUrl: env().APP_URL,
    });
  },
  { revalidate: eventPath },
);

// POST (server action) – a signed-in member answers their own invitation
export const answerAsMemberAction = networkAction(
  answerAsMemberSchema,
  "events.answer",
  async (ctx, input) =>
    answerAsMember(ctx.db, getMailer(), { networkId: ctx.network.id, userId: ctx.userId, ...input }),
  { revalidate: eventPath },
);

// POST (server action) – an invitee answers through their personal link, without an account
export const answerByTokenAction = publicAction(answerByTokenSchema, async ({ db }, input) =>
  answerByToken(db, getMailer(), input),
);

// POST (server action) – put one mail of a meeting back in the sending queue ("renvoyer")
export const retryMailAction = networkAction(
  retryMailSchema,
  "events.write",
  async (ctx, input) => {
    if (!(await retryMail(ctx.db, { networkId: ctx.network.id, id: input.mailId }))) throw new ActionError("not_found");
    return null;
  },
  { revalidate: eventPath },
);

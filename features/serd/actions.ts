"use server";
import { networkAction } from "@/server/access/server";
import type { NetworkContext } from "@/server/access/context";
import { env } from "@/server/env";
import { getMailer } from "@/server/mail/mailer";
import { serdActorOf } from "./access";
import { agendaTag } from "./constants";
import { copyActionToEdition } from "./copy";
import { createAction, createEdition, updateAction, updateEdition } from "./mutations";
import { markNotificationsRead, setMailMode } from "./notifications";
import { addContribution, deleteContribution, recordResults } from "./results";
import { commentOnAction, reviewAction } from "./review";
import {
  actionSchema,
  commentSchema,
  contributionSchema,
  copyActionSchema,
  editionSchema,
  idSchema,
  markNotificationsSchema,
  notificationMailSchema,
  resultsSchema,
  reviewSchema,
  updateActionSchema,
} from "./schemas";

/** SERD writes change the dashboard, the queue, the action pages and the public agenda (cached). */
const revalidate = {
  revalidate: (ctx: NetworkContext) => `/n/${ctx.network.slug}/serd`,
  tags: (ctx: NetworkContext) => [agendaTag(ctx.network.slug)],
};
const notifyOf = (ctx: NetworkContext) => ({
  mailer: getMailer(),
  appUrl: env().APP_URL,
  networkSlug: ctx.network.slug,
});

// POST (server action) – create an edition (coordinator)
export const createEditionAction = networkAction(
  editionSchema,
  "serd.editions",
  async (ctx, input) => createEdition(ctx.db, { networkId: ctx.network.id }, input),
  revalidate,
);

// POST (server action) – edit an edition (coordinator)
export const updateEditionAction = networkAction(
  editionSchema.extend(idSchema.shape),
  "serd.editions",
  async (ctx, { id, ...input }) => updateEdition(ctx.db, { networkId: ctx.network.id, id }, input),
  revalidate,
);

// POST (server action) – register an action, as a draft or submitted (partner, ambassador, coordinator)
export const createSerdAction = networkAction(
  actionSchema,
  "serd.register",
  async (ctx, input) => createAction(ctx.db, serdActorOf(ctx), input, new Date(), notifyOf(ctx)),
  revalidate,
);

// POST (server action) – edit or submit an action (its organisation until the deadline; coordinator)
export const updateSerdAction = networkAction(
  updateActionSchema,
  "serd.register",
  async (ctx, input) => updateAction(ctx.db, serdActorOf(ctx), input, new Date(), notifyOf(ctx)),
  revalidate,
);

// POST (server action) – label, request changes or reject a submitted action (coordinator)
export const reviewSerdAction = networkAction(
  reviewSchema,
  "serd.review",
  async (ctx, input) => reviewAction(ctx.db, serdActorOf(ctx), input, notifyOf(ctx)),
  revalidate,
);

// POST (server action) – comment in an action's thread (its organisation, coordinator)
export const commentSerdAction = networkAction(
  commentSchema,
  "serd.register",
  async (ctx, input) => commentOnAction(ctx.db, serdActorOf(ctx), input, notifyOf(ctx)),
  revalidate,
);

// POST (server action) – record actual participants and an account after the week
export const recordResultsAction = networkAction(
  resultsSchema,
  "serd.results",
  async (ctx, input) => recordResults(ctx.db, serdActorOf(ctx), input),
  revalidate,
);

// POST (server action) – add a valued contribution to an action
export const addContributionAction = networkAction(
  contributionSchema,
  "serd.results",
  async (ctx, input) => addContribution(ctx.db, serdActorOf(ctx), input),
  revalidate,
);

// POST (server action) – remove a valued contribution
export const deleteContributionAction = networkAction(
  idSchema,
  "serd.results",
  async (ctx, input) => deleteContribution(ctx.db, serdActorOf(ctx), input),
  revalidate,
);

// POST (server action) – copy an action of a past edition into a new draft of a later one
export const copySerdAction = networkAction(
  copyActionSchema,
  "serd.register",
  async (ctx, input) => copyActionToEdition(ctx.db, serdActorOf(ctx), input),
  revalidate,
);

// POST (server action) – mark the caller's submission notifications read (one action's, or all)
export const markSerdNotificationsAction = networkAction(
  markNotificationsSchema,
  "serd.review",
  async (ctx, input) =>
    markNotificationsRead(ctx.db, { networkId: ctx.network.id, userId: ctx.userId, actionId: input.actionId }),
  revalidate,
);

// POST (server action) – how the caller is mailed of submissions: at once, a daily digest, or not
export const setSerdNotificationMailAction = networkAction(
  notificationMailSchema,
  "serd.review",
  async (ctx, input) => setMailMode(ctx.db, { networkId: ctx.network.id, userId: ctx.userId }, input.mail),
  revalidate,
);

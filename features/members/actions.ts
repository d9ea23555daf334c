"use server";
import { networkAction, publicAction } from "@/server/access/server";
import { env } from "@/server/env";
import { getMailer } from "@/server/mail/mailer";
import { acceptInvitation, createInvitation, revokeInvitation } from "./invitations";
import { changeMemberRole, removeMember } from "./manage";
import {
  acceptInvitationSchema,
  changeRoleSchema,
  invitationSchema,
  removeMemberSchema,
  revokeInvitationSchema,
} from "./schemas";

// POST (server action) – invite a person by email to the network with a role
export const inviteMemberAction = networkAction(
  invitationSchema,
  "members.invite",
  async (ctx, input) => {
    const { id } = await createInvitation(ctx.db, getMailer(), {
      networkId: ctx.network.id,
      email: input.email,
      role: input.role,
      organisationId: input.organisationId,
      invitedById: ctx.userId,
      locale: ctx.locale,
      appUrl: env().APP_URL,
    });
    return { id };
  },
  { revalidate: (ctx) => `/n/${ctx.network.slug}/members` },
);

// POST (server action) – withdraw a pending invitation
export const revokeInvitationAction = networkAction(
  revokeInvitationSchema,
  "members.invite",
  async (ctx, input) => {
    await revokeInvitation(ctx.db, { networkId: ctx.network.id, invitationId: input.invitationId });
    return null;
  },
  { revalidate: (ctx) => `/n/${ctx.network.slug}/members` },
);

// POST (server action) – change a member's role (and the organisation they act for)
export const changeMemberRoleAction = networkAction(
  changeRoleSchema,
  "members.manage",
  async (ctx, input) => changeMemberRole(ctx.db, { networkId: ctx.network.id }, input),
  { revalidate: (ctx) => `/n/${ctx.network.slug}/members` },
);

// POST (server action) – remove a member: their access ends at once, their records stay
export const removeMemberAction = networkAction(
  removeMemberSchema,
  "members.manage",
  async (ctx, input) => removeMember(ctx.db, { networkId: ctx.network.id }, input),
  { revalidate: (ctx) => `/n/${ctx.network.slug}/members` },
);

// POST (server action) – accept an invitation from its emailed link
export const acceptInvitationAction = publicAction(acceptInvitationSchema, async ({ db }, input) => {
  const result = await acceptInvitation(db, {
    token: input.token,
    ...(input.hasAccount === "false" ? { name: input.name, password: input.password } : {}),
  });
  return { networkSlug: result.networkSlug, email: result.email, createdAccount: result.createdAccount };
});

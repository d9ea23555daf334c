import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { invitations, memberships, networks, organisations, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { hashPassword } from "@/server/auth/password";
import { hashToken, newToken, normaliseEmail } from "@/server/auth/tokens";
import type { Role } from "@/lib/domain/enums";
import type { Mailer } from "@/server/mail/mailer";
import { invitationMail } from "@/server/mail/templates";
import { audit } from "@/server/audit";

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Invites a person by email to a network with a role. Earlier pending invitations of the same
 * email are revoked, so that only the newest link works. Returns the token (for tests; the
 * mail carries it).
 */
export async function createInvitation(
  db: Db,
  mailer: Mailer,
  args: {
    networkId: string;
    email: string;
    role: Role;
    organisationId: string | null;
    invitedById: string | null;
    locale: string;
    appUrl: string;
    now?: Date;
  },
): Promise<{ id: string; token: string }> {
  const email = normaliseEmail(args.email);
  const now = args.now ?? new Date();
  const { token, tokenHash } = newToken();
  const expiresAt = new Date(now.getTime() + invitationLifetimeMs);

  const id = await db.transaction(async (tx) => {
    const [network] = await tx
      .select({ name: networks.name })
      .from(networks)
      .where(eq(networks.id, args.networkId));
    if (!network) throw new ActionError("not_found");
    if (args.organisationId) {
      const [org] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.id, args.organisationId), eq(organisations.networkId, args.networkId)));
      if (!org)
        throw new ActionError("invalid_input", "errors.invalid_input", {
          organisationId: "errors.not_found",
        });
    }
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.networkId, args.networkId), eq(users.email, email)));
    if (member) throw new ActionError("conflict", "errors.alreadyMember", { email: "errors.alreadyMember" });

    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          eq(invitations.networkId, args.networkId),
          eq(invitations.email, email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const [row] = await tx
      .insert(invitations)
      .values({
        networkId: args.networkId,
        email,
        role: args.role,
        organisationId: args.role === "elected" ? null : args.organisationId,
        tokenHash,
        invitedById: args.invitedById,
        expiresAt,
      })
      .returning({ id: invitations.id });
    const [inviter] = args.invitedById
      ? await tx.select({ name: users.name }).from(users).where(eq(users.id, args.invitedById))
      : [];
    await audit(tx, { networkId: args.networkId, action: "members.invited", entity: "invitations", entityId: row!.id, summary: { role: args.role, organisationId: args.organisationId } });
    // In the transaction (server/mail): a rolled-back invitation sends nothing, a committed one
    // always has its mail queued.
    await mailer.send(tx, {
      ...invitationMail({
        locale: args.locale,
        to: email,
        networkName: network.name,
        inviterName: inviter?.name ?? null,
        role: args.role,
        url: `${args.appUrl}/invitation/${token}`,
        expiresAt,
      }),
      context: { networkId: args.networkId },
    });
    return row!.id;
  });
  return { id, token };
}

export type InvitationStatus = "valid" | "expired" | "used" | "revoked";

/** What the acceptance page shows; null when the token matches nothing. */
export async function findInvitationByToken(db: Db, token: string) {
  const [row] = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      networkName: networks.name,
      networkSlug: networks.slug,
    })
    .from(invitations)
    .innerJoin(networks, eq(networks.id, invitations.networkId))
    .where(eq(invitations.tokenHash, hashToken(token)));
  if (!row) return null;
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, row.email));
  const status: InvitationStatus = row.acceptedAt
    ? "used"
    : row.revokedAt
      ? "revoked"
      : row.expiresAt <= new Date()
        ? "expired"
        : "valid";
  return { ...row, status, hasAccount: Boolean(user) };
}

const statusErrors: Record<Exclude<InvitationStatus, "valid">, ActionError> = {
  used: new ActionError("already_used", "errors.invitationUsed"),
  expired: new ActionError("expired", "errors.invitationExpired"),
  revoked: new ActionError("expired", "errors.invitationRevoked"),
};

/**
 * Accepts an invitation: creates the account (new person) and the membership, and marks the
 * link used, all or nothing. A second use, an expired or revoked link changes nothing.
 */
export async function acceptInvitation(
  db: Db,
  args: { token: string; name?: string; password?: string },
): Promise<{ userId: string; email: string; networkSlug: string; createdAccount: boolean }> {
  const tokenHash = hashToken(args.token);
  const passwordHash = args.password ? await hashPassword(args.password) : null;
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(
        and(
          eq(invitations.tokenHash, tokenHash),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, new Date()),
        ),
      )
      .returning();
    if (!claimed) {
      const [row] = await tx.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
      if (!row) throw new ActionError("not_found", "errors.invitationInvalid");
      throw statusErrors[row.acceptedAt ? "used" : row.revokedAt ? "revoked" : "expired"];
    }
    let [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, claimed.email));
    const createdAccount = !user;
    if (!user) {
      if (!args.name || !passwordHash) {
        throw new ActionError("invalid_input", "errors.invalid_input", { password: "validation.required" });
      }
      [user] = await tx
        .insert(users)
        .values({ email: claimed.email, name: args.name, passwordHash })
        .returning({ id: users.id });
    }
    await tx
      .insert(memberships)
      .values({
        userId: user!.id,
        networkId: claimed.networkId,
        role: claimed.role,
        organisationId: claimed.organisationId,
      })
      .onConflictDoUpdate({
        target: [memberships.userId, memberships.networkId],
        set: { role: claimed.role, organisationId: claimed.organisationId },
      });
    const [network] = await tx
      .select({ slug: networks.slug })
      .from(networks)
      .where(eq(networks.id, claimed.networkId));
    await audit(tx, { networkId: claimed.networkId, actorId: user!.id, action: "members.joined", entity: "invitations", entityId: claimed.id, summary: { userId: user!.id, role: claimed.role, createdAccount } });
    return { userId: user!.id, email: claimed.email, networkSlug: network!.slug, createdAccount };
  });
}

export async function revokeInvitation(
  db: Db,
  args: { networkId: string; invitationId: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(invitations.id, args.invitationId),
          eq(invitations.networkId, args.networkId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id });
    if (!row) throw new ActionError("not_found");
    await audit(tx, { networkId: args.networkId, action: "members.invitationRevoked", entity: "invitations", entityId: row.id });
  });
}

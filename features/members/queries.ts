import "server-only";
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import { invitations, memberships, organisations, users } from "@/db/schema";
import type { Db } from "@/db/types";

export async function listMembers(db: Db, { networkId }: { networkId: string }) {
  return db
    .select({
      id: memberships.id,
      name: users.name,
      email: users.email,
      userId: memberships.userId,
      role: memberships.role,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      since: memberships.createdAt,
      lastSignInAt: users.lastSignInAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.networkId, networkId))
    .orderBy(asc(memberships.role), asc(users.name));
}

export async function listPendingInvitations(db: Db, { networkId }: { networkId: string }) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.networkId, networkId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

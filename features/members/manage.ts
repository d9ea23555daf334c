import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { memberships } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import type { Role } from "@/lib/domain/enums";
import { audit } from "@/server/audit";

// A coordinator changes a member's role or removes them. Access is checked against memberships
// on every request (server/access/context.ts), so a removed member's open sessions lose the
// network at their next click; what they recorded (actions, answers, history) stays, the rows
// pointing at the user, not at the membership.

type Scope = { networkId: string };

/** The network keeps at least one coordinator: the last one can neither leave nor be demoted. */
async function assertNotLastCoordinator(tx: Db, networkId: string, membershipId: string) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(
      and(
        eq(memberships.networkId, networkId),
        eq(memberships.role, "coordinator"),
        ne(memberships.id, membershipId),
      ),
    );
  if ((row?.n ?? 0) === 0) throw new ActionError("conflict", "members.errors.lastCoordinator");
}

async function lockMembership(tx: Db, networkId: string, id: string) {
  // Every coordinator row of the network is locked, so that two coordinators demoting each other
  // at once cannot leave the network with none.
  await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.networkId, networkId), eq(memberships.role, "coordinator")))
    .for("update");
  const [row] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.networkId, networkId), eq(memberships.id, id)))
    .for("update");
  if (!row) throw new ActionError("not_found");
  return row;
}

export async function changeMemberRole(
  db: Db,
  { networkId }: Scope,
  input: { membershipId: string; role: Role; organisationId: string | null },
) {
  return db.transaction(async (tx) => {
    const row = await lockMembership(tx, networkId, input.membershipId);
    if (row.role === "coordinator" && input.role !== "coordinator")
      await assertNotLastCoordinator(tx, networkId, row.id);
    const organisationId =
      input.role === "partner" || input.role === "ambassador" ? input.organisationId : null;
    await tx
      .update(memberships)
      .set({ role: input.role, organisationId })
      .where(and(eq(memberships.networkId, networkId), eq(memberships.id, row.id)));
    await audit(tx, { networkId, action: "members.roleChanged", entity: "memberships", entityId: row.id, summary: { userId: row.userId, from: row.role, to: input.role, organisationId } });
    return { id: row.id, role: input.role };
  });
}

export async function removeMember(db: Db, { networkId }: Scope, input: { membershipId: string }) {
  return db.transaction(async (tx) => {
    const row = await lockMembership(tx, networkId, input.membershipId);
    if (row.role === "coordinator") await assertNotLastCoordinator(tx, networkId, row.id);
    await tx.delete(memberships).where(and(eq(memberships.networkId, networkId), eq(memberships.id, row.id)));
    await audit(tx, { networkId, action: "members.removed", entity: "memberships", entityId: row.id, summary: { userId: row.userId, role: row.role } });
    return { id: row.id };
  });
}

import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import { memberships, networks } from "@/db/schema";
import type { Db } from "@/db/types";

/** The networks a user belongs to, with their role in each (for the switcher). */
export async function listUserNetworks(db: Db, { userId }: { userId: string }) {
  return db
    .select({
      slug: networks.slug,
      name: networks.name,
      role: memberships.role,
      brandColor: networks.brandColor,
    })
    .from(memberships)
    .innerJoin(networks, eq(networks.id, memberships.networkId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(networks.name));
}

/** Every network of the deployment, for the platform administrator. */
export async function listAllNetworks(db: Db) {
  return db
    .select({
      id: networks.id,
      slug: networks.slug,
      name: networks.name,
      territoryLabel: networks.territoryLabel,
      createdAt: networks.createdAt,
      members: count(memberships.id),
      coordinators: sql<number>`(count(${memberships.id}) filter (where ${memberships.role} = 'coordinator'))::int`,
    })
    .from(networks)
    .leftJoin(memberships, eq(memberships.networkId, networks.id))
    .groupBy(networks.id)
    .orderBy(asc(networks.name));
}

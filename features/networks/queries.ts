import "server-only";
import { asc, count, eq, sql } from "drizzle-orm";
import { communes, contacts, memberships, networks, organisations } from "@/db/schema";
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

/** The counts the empty overview shows until later features add their figures. */
export async function getNetworkCounts(db: Db, { networkId }: { networkId: string }) {
  const [[orgs], [people], [towns], [members]] = await Promise.all([
    db.select({ n: count() }).from(organisations).where(eq(organisations.networkId, networkId)),
    db.select({ n: count() }).from(contacts).where(eq(contacts.networkId, networkId)),
    db.select({ n: count() }).from(communes).where(eq(communes.networkId, networkId)),
    db.select({ n: count() }).from(memberships).where(eq(memberships.networkId, networkId)),
  ]);
  return {
    organisations: orgs?.n ?? 0,
    contacts: people?.n ?? 0,
    communes: towns?.n ?? 0,
    members: members?.n ?? 0,
  };
}

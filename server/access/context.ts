import { and, eq } from "drizzle-orm";
import { memberships, networks } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Role } from "@/lib/domain/enums";
import { isSlug } from "@/lib/domain/ids";
import { can, type Permission } from "./permissions";

export type NetworkSummary = Pick<
  typeof networks.$inferSelect,
  "id" | "slug" | "name" | "territoryLabel" | "brandColor" | "logoUrl" | "directoryVisibility" | "kind"
>;

/** What feature code receives: the tenant, the caller and their role. Never the raw session. */
export type NetworkContext = {
  db: Db;
  userId: string;
  network: NetworkSummary;
  role: Role;
  /** The organisation a partner or ambassador acts for. */
  organisationId: string | null;
  can: (permission: Permission) => boolean;
  /** The caller's interface language, for what the action writes in their name (emails). */
  locale: string;
};

/** What anyone may see of a network: its name and branding (the public agenda shows these). */
export const publicNetworkColumns = {
  id: networks.id,
  slug: networks.slug,
  name: networks.name,
  territoryLabel: networks.territoryLabel,
  brandColor: networks.brandColor,
  logoUrl: networks.logoUrl,
};


/** The caller's membership of a network by slug; null when the network is unknown or not theirs. */
export async function loadNetworkContext(
  db: Db,
  { userId, networkSlug, locale = "fr" }: { userId: string; networkSlug: string; locale?: string },
): Promise<NetworkContext | null> {
  if (!isSlug(networkSlug)) return null;
  const [row] = await db
    .select({
      network: { ...publicNetworkColumns, directoryVisibility: networks.directoryVisibility, kind: networks.kind },
      role: memberships.role,
      organisationId: memberships.organisationId,
    })
    .from(memberships)
    .innerJoin(networks, eq(networks.id, memberships.networkId))
    .where(and(eq(memberships.userId, userId), eq(networks.slug, networkSlug)));
  if (!row) return null;
  return {
    db,
    userId,
    network: row.network,
    role: row.role,
    organisationId: row.organisationId,
    can: (permission) => can(row.role, permission),
    locale,
  };
}

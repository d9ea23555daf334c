import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { organisations } from "@/db/schema";
import type { Db } from "@/db/types";

/** Active organisations of a network as choices for a select. */
export async function listOrganisationOptions(db: Db, { networkId }: { networkId: string }) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.networkId, networkId), isNull(organisations.archivedAt)))
    .orderBy(asc(organisations.name));
}

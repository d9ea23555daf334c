import "server-only";
import { and, desc, eq, exists, or } from "drizzle-orm";
import { serdActionCoorganisers, serdActions, serdEditions } from "@/db/schema";
import type { Db } from "@/db/types";

/** The SERD actions an organisation led or co-organised, newest edition first. */
export async function organisationSerdHistory(
  db: Db,
  { networkId, organisationId }: { networkId: string; organisationId: string },
) {
  const rows = await db
    .select({
      id: serdActions.id,
      title: serdActions.title,
      status: serdActions.status,
      year: serdEditions.year,
      leadOrganisationId: serdActions.leadOrganisationId,
    })
    .from(serdActions)
    .innerJoin(serdEditions, eq(serdEditions.id, serdActions.editionId))
    .where(
      and(
        eq(serdActions.networkId, networkId),
        or(
          eq(serdActions.leadOrganisationId, organisationId),
          exists(
            db
              .select({ one: serdActionCoorganisers.actionId })
              .from(serdActionCoorganisers)
              .where(
                and(
                  eq(serdActionCoorganisers.actionId, serdActions.id),
                  eq(serdActionCoorganisers.organisationId, organisationId),
                ),
              ),
          ),
        ),
      ),
    )
    .orderBy(desc(serdEditions.year), serdActions.title);
  return rows.map(({ leadOrganisationId, ...r }) => ({
    ...r,
    role: leadOrganisationId === organisationId ? ("lead" as const) : ("coorganiser" as const),
  }));
}

import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import { communes, organisations, participations } from "@/db/schema";
import type { Db } from "@/db/types";

export type MeetingFigures = {
  /** Everyone on the list except those who came without invitation. */
  invited: number;
  answered: number;
  excused: number;
  /** Present or late. */
  present: number;
  organisationsPresent: number;
  /** Communes of the organisations of those present. */
  communesRepresented: number;
  /** The network's member communes, to read "5 of 8". */
  memberCommunes: number;
};

const here = sql`${participations.status} in ('present', 'late')`;

/** The figures of one meeting, computed from its participations (never typed). */
export async function getMeetingFigures(
  db: Db,
  { networkId, eventId }: { networkId: string; eventId: string },
): Promise<MeetingFigures> {
  const [[row], [members]] = await Promise.all([
    db
      .select({
        invited: sql<number>`(count(*) filter (where not ${participations.walkIn}))::int`,
        answered: sql<number>`(count(*) filter (where ${participations.answeredAt} is not null))::int`,
        excused: sql<number>`(count(*) filter (where ${participations.status} = 'excused'))::int`,
        present: sql<number>`(count(*) filter (where ${here}))::int`,
        organisationsPresent: sql<number>`(count(distinct ${participations.organisationId}) filter (where ${here}))::int`,
        communesRepresented: sql<number>`(count(distinct ${organisations.communeId}) filter (where ${here}))::int`,
      })
      .from(participations)
      .leftJoin(
        organisations,
        and(eq(organisations.id, participations.organisationId), eq(organisations.networkId, networkId)),
      )
      .where(and(eq(participations.networkId, networkId), eq(participations.eventId, eventId))),
    db.select({ n: count() }).from(communes).where(eq(communes.networkId, networkId)),
  ]);
  return { ...row!, memberCommunes: members?.n ?? 0 };
}

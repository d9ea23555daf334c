import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { trainingCycles, trainingEnrolments } from "@/db/schema";
import type { Db } from "@/db/types";

/** The training cycles these people enrolled in (or asked to), newest first (the directory's history). */
export async function enrolmentHistory(db: Db, { networkId, contactIds }: { networkId: string; contactIds: string[] }) {
  if (contactIds.length === 0) return [];
  return db
    .select({
      cycleId: trainingCycles.id,
      title: trainingCycles.title,
      startsOn: trainingCycles.startsOn,
      endsOn: trainingCycles.endsOn,
      contactId: trainingEnrolments.contactId,
      status: trainingEnrolments.status,
    })
    .from(trainingEnrolments)
    .innerJoin(trainingCycles, eq(trainingCycles.id, trainingEnrolments.cycleId))
    .where(and(eq(trainingEnrolments.networkId, networkId), inArray(trainingEnrolments.contactId, contactIds)))
    .orderBy(desc(trainingCycles.startsOn));
}

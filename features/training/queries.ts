import "server-only";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { contacts, organisations, trainingCycles, trainingEnrolments, trainingModules, trainingTrainers } from "@/db/schema";
import type { Db } from "@/db/types";

// Reads of the training area, (db, params) with networkId in every where. The figures live in
// figures.ts and progress.ts, re-exported here so that other areas (dashboards) read them.
export { getConversion, getCycleFigures, type Conversion, type CycleFigures } from "./figures";
export { listTraineeProgress, loadCycleStructure, type TraineeProgress } from "./progress";
export { getAttendanceGrid, type AttendanceGrid } from "./attendance";
export { enrolmentHistory } from "./history";

type Scope = { networkId: string };

export async function listCycles(db: Db, { networkId }: Scope) {
  const enrolled = db
    .select({ cycleId: trainingEnrolments.cycleId, n: count().as("n") })
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.networkId, networkId), eq(trainingEnrolments.status, "enrolled")))
    .groupBy(trainingEnrolments.cycleId)
    .as("enrolled");
  return db
    .select({
      id: trainingCycles.id,
      title: trainingCycles.title,
      startsOn: trainingCycles.startsOn,
      endsOn: trainingCycles.endsOn,
      status: trainingCycles.status,
      capacity: trainingCycles.capacity,
      enrolled: sql<number>`coalesce(${enrolled.n}, 0)::int`,
    })
    .from(trainingCycles)
    .leftJoin(enrolled, eq(enrolled.cycleId, trainingCycles.id))
    .where(eq(trainingCycles.networkId, networkId))
    .orderBy(desc(trainingCycles.startsOn));
}

export async function getCycle(db: Db, { networkId, id }: Scope & { id: string }) {
  const [cycle] = await db
    .select()
    .from(trainingCycles)
    .where(and(eq(trainingCycles.id, id), eq(trainingCycles.networkId, networkId)));
  if (!cycle) return null;
  const trainers = await db
    .select()
    .from(trainingTrainers)
    .where(and(eq(trainingTrainers.networkId, networkId), eq(trainingTrainers.cycleId, id)));
  const modules = await db
    .select()
    .from(trainingModules)
    .where(and(eq(trainingModules.networkId, networkId), eq(trainingModules.cycleId, id)))
    .orderBy(asc(trainingModules.position));
  return { ...cycle, trainers, modules };
}
export type CycleDetail = NonNullable<Awaited<ReturnType<typeof getCycle>>>;

/** Everyone with an enrolment row (waiting list and requests included), with their organisation. */
export async function listEnrolments(db: Db, { networkId, cycleId }: Scope & { cycleId: string }) {
  return db
    .select({
      id: trainingEnrolments.id,
      status: trainingEnrolments.status,
      contactId: contacts.id,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      organisationName: organisations.name,
      waitingSince: trainingEnrolments.waitingSince,
    })
    .from(trainingEnrolments)
    .innerJoin(contacts, and(eq(contacts.id, trainingEnrolments.contactId), eq(contacts.networkId, networkId)))
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(and(eq(trainingEnrolments.networkId, networkId), eq(trainingEnrolments.cycleId, cycleId)))
    .orderBy(asc(trainingEnrolments.status), asc(trainingEnrolments.waitingSince), asc(contacts.lastName));
}

export { buildAttestation, verifyAttestation } from "./attestation";
export { findCycleByLink } from "./self-enrolment";
export { findTrainerSession, type TrainerSession } from "./trainer-link";

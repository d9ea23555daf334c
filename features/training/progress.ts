import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import {
  contacts,
  events,
  participations,
  trainingCycles,
  trainingEnrolments,
  trainingModules,
  trainingSessions,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { attendedStatuses } from "./constants";

// Progress of each trainee of a cycle, computed from the meetings' attendance (participations of
// the cycle's sessions): nothing here records attendance of its own.

type CycleScope = { networkId: string; cycleId: string };

export type SessionRow = {
  eventId: string;
  moduleId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  kind: string;
  hours: number;
};

export type ModuleProgress = { moduleId: string; sessions: number; hours: number; completed: boolean };

export type TraineeProgress = {
  enrolmentId: string;
  contactId: string;
  firstName: string;
  lastName: string;
  organisationId: string | null;
  status: string;
  modules: ModuleProgress[];
  sessionsAttended: number;
  hoursAttended: number;
  /** Participations at sessions that took place (the denominator of assiduity). */
  sessionsExpected: number;
  absences: number;
  completed: boolean;
};

const hoursOf = (s: { startsAt: Date; endsAt: Date }) =>
  Math.round(((s.endsAt.getTime() - s.startsAt.getTime()) / 3_600_000) * 100) / 100;

export async function loadCycleStructure(db: Db, { networkId, cycleId }: CycleScope) {
  const [cycle] = await db
    .select()
    .from(trainingCycles)
    .where(and(eq(trainingCycles.id, cycleId), eq(trainingCycles.networkId, networkId)));
  if (!cycle) return null;
  const modules = await db
    .select()
    .from(trainingModules)
    .where(and(eq(trainingModules.networkId, networkId), eq(trainingModules.cycleId, cycleId)))
    .orderBy(asc(trainingModules.position));
  const sessionRows = modules.length
    ? await db
        .select({
          eventId: events.id,
          moduleId: trainingSessions.moduleId,
          title: events.title,
          startsAt: events.startsAt,
          endsAt: events.endsAt,
          status: events.status,
          kind: trainingSessions.kind,
        })
        .from(trainingSessions)
        .innerJoin(events, and(eq(events.id, trainingSessions.eventId), eq(events.networkId, trainingSessions.networkId)))
        .where(
          and(
            eq(trainingSessions.networkId, networkId),
            inArray(
              trainingSessions.moduleId,
              modules.map((m) => m.id),
            ),
          ),
        )
        .orderBy(asc(events.startsAt))
    : [];
  const sessions: SessionRow[] = sessionRows.map((s) => ({ ...s, hours: hoursOf(s) }));
  return { cycle, modules, sessions };
}
export type CycleStructure = NonNullable<Awaited<ReturnType<typeof loadCycleStructure>>>;

/** Did the trainee satisfy the cycle's completion rule? */
export function isComplete(
  structure: Pick<CycleStructure, "cycle" | "modules">,
  modules: ModuleProgress[],
  hoursAttended: number,
): boolean {
  if (structure.modules.length === 0) return false;
  if (structure.cycle.completionRule === "every_module") return modules.every((m) => m.sessions > 0);
  const planned = structure.modules.reduce((sum, m) => sum + m.plannedHours, 0);
  const percent = structure.cycle.completionPercent ?? 100;
  return planned > 0 && hoursAttended * 100 >= planned * percent;
}

/** Every enrolled trainee's attendance per module, from the sessions' participations. */
export async function listTraineeProgress(
  db: Db,
  scope: CycleScope & { now?: Date; includeStatuses?: string[] },
  loaded?: CycleStructure,
): Promise<TraineeProgress[]> {
  const structure = loaded ?? (await loadCycleStructure(db, scope));
  if (!structure) return [];
  const now = scope.now ?? new Date();
  const statuses = scope.includeStatuses ?? ["enrolled"];
  const trainees = await db
    .select({
      enrolmentId: trainingEnrolments.id,
      contactId: contacts.id,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      organisationId: contacts.organisationId,
      status: trainingEnrolments.status,
    })
    .from(trainingEnrolments)
    .innerJoin(contacts, and(eq(contacts.id, trainingEnrolments.contactId), eq(contacts.networkId, trainingEnrolments.networkId)))
    .where(
      and(
        eq(trainingEnrolments.networkId, scope.networkId),
        eq(trainingEnrolments.cycleId, scope.cycleId),
        inArray(trainingEnrolments.status, statuses as ("enrolled" | "waiting")[]),
      ),
    )
    .orderBy(asc(contacts.lastName), asc(contacts.firstName));
  const sessionById = new Map(structure.sessions.map((s) => [s.eventId, s]));
  const marks = structure.sessions.length
    ? await db
        .select({ eventId: participations.eventId, contactId: participations.contactId, status: participations.status, organisationId: participations.organisationId })
        .from(participations)
        .where(
          and(
            eq(participations.networkId, scope.networkId),
            inArray(
              participations.eventId,
              structure.sessions.map((s) => s.eventId),
            ),
          ),
        )
    : [];
  const byContact = new Map<string, typeof marks>();
  for (const m of marks) byContact.set(m.contactId, [...(byContact.get(m.contactId) ?? []), m]);
  const attended = new Set<string>(attendedStatuses);

  return trainees.map((t) => {
    const mine = byContact.get(t.contactId) ?? [];
    const modules: ModuleProgress[] = structure.modules.map((mod) => {
      const here = mine.filter((m) => attended.has(m.status) && sessionById.get(m.eventId)?.moduleId === mod.id);
      const hours = here.reduce((sum, m) => sum + sessionById.get(m.eventId)!.hours, 0);
      return { moduleId: mod.id, sessions: here.length, hours, completed: here.length > 0 };
    });
    const hoursAttended = modules.reduce((sum, m) => sum + m.hours, 0);
    const past = mine.filter((m) => {
      const s = sessionById.get(m.eventId)!;
      return s.status !== "cancelled" && s.endsAt <= now;
    });
    return {
      ...t,
      modules,
      sessionsAttended: modules.reduce((sum, m) => sum + m.sessions, 0),
      hoursAttended: Math.round(hoursAttended * 100) / 100,
      sessionsExpected: past.length,
      absences: past.filter((m) => m.status === "absent").length,
      completed: isComplete(structure, modules, hoursAttended),
    };
  });
}

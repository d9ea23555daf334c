import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { events, organisations, participations } from "@/db/schema";
import type { Db } from "@/db/types";
import { listLabelledActingOrganisations } from "@/features/serd/queries";
import { attendedStatuses } from "./constants";
import { listTraineeProgress, loadCycleStructure } from "./progress";

// Figures of a training cycle, each a query over recorded facts (enrolments and the sessions'
// attendance). Definitions, for the UI:
// - enrolled: enrolments with status "enrolled";
// - trained: enrolled trainees present (or late) at ≥ 1 session;
// - completed: enrolled trainees who satisfy the cycle's completion rule;
// - assiduity: sessions attended / sessions the trainees were expected at (taken place, not cancelled);
// - hours delivered: total duration of the sessions that took place;
// - conversion: share of the trained whose organisation (the one recorded at their latest attended
//   session, else their current one) leads or co-organises ≥ 1 labelled action of the edition.

type CycleScope = { networkId: string; cycleId: string; now?: Date };

export type ModuleFigures = {
  moduleId: string;
  theme: string;
  sessions: number;
  hoursDelivered: number;
  trained: number;
  plannedHours: number;
};

export type CycleFigures = {
  enrolled: number;
  waiting: number;
  trained: number;
  completed: number;
  /** 0..1, null when no session has taken place. */
  assiduity: number | null;
  hoursDelivered: number;
  sessionsHeld: number;
  byModule: ModuleFigures[];
};

export async function getCycleFigures(db: Db, scope: CycleScope): Promise<CycleFigures | null> {
  const now = scope.now ?? new Date();
  const structure = await loadCycleStructure(db, scope);
  if (!structure) return null;
  const people = await listTraineeProgress(db, { ...scope, now, includeStatuses: ["enrolled", "waiting"] }, structure);
  const enrolledPeople = people.filter((p) => p.status === "enrolled");
  const taken = structure.sessions.filter((s) => s.status !== "cancelled" && s.endsAt <= now);
  const expected = enrolledPeople.reduce((sum, p) => sum + p.sessionsExpected, 0);
  const attended = enrolledPeople.reduce((sum, p) => sum + p.sessionsAttended, 0);
  return {
    enrolled: enrolledPeople.length,
    waiting: people.length - enrolledPeople.length,
    trained: enrolledPeople.filter((p) => p.sessionsAttended > 0).length,
    completed: enrolledPeople.filter((p) => p.completed).length,
    assiduity: expected === 0 ? null : attended / expected,
    hoursDelivered: round2(taken.reduce((sum, s) => sum + s.hours, 0)),
    sessionsHeld: taken.length,
    byModule: structure.modules.map((m, i) => {
      const mine = taken.filter((s) => s.moduleId === m.id);
      return {
        moduleId: m.id,
        theme: m.theme,
        plannedHours: m.plannedHours,
        sessions: mine.length,
        hoursDelivered: round2(mine.reduce((sum, s) => sum + s.hours, 0)),
        trained: enrolledPeople.filter((p) => p.modules[i]!.sessions > 0).length,
      };
    }),
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export type ConversionPerson = {
  contactId: string;
  firstName: string;
  lastName: string;
  organisationId: string | null;
  organisationName: string | null;
  actions: number;
};

export type Conversion = {
  trained: number;
  acting: number;
  /** 0..1, null when nobody was trained. */
  share: number | null;
  did: ConversionPerson[];
  didNot: ConversionPerson[];
};

/** Share of the cycle's trained people whose organisation leads or co-organises a labelled action of the edition. */
export async function getConversion(
  db: Db,
  scope: CycleScope & { editionId: string },
): Promise<Conversion | null> {
  const structure = await loadCycleStructure(db, scope);
  if (!structure) return null;
  const trained = (await listTraineeProgress(db, scope, structure)).filter((p) => p.sessionsAttended > 0);
  const sessionIds = structure.sessions.map((s) => s.eventId);
  // The organisation recorded with each trainee's latest attended session: who they were then.
  const orgAtSession = new Map<string, string | null>();
  if (trained.length && sessionIds.length) {
    const rows = await db
      .select({ contactId: participations.contactId, organisationId: participations.organisationId })
      .from(participations)
      .innerJoin(events, eq(events.id, participations.eventId))
      .where(
        and(
          eq(participations.networkId, scope.networkId),
          inArray(participations.eventId, sessionIds),
          inArray(participations.status, [...attendedStatuses]),
          inArray(
            participations.contactId,
            trained.map((t) => t.contactId),
          ),
        ),
      )
      .orderBy(desc(events.startsAt));
    for (const r of rows) if (!orgAtSession.has(r.contactId)) orgAtSession.set(r.contactId, r.organisationId);
  }
  const acting = new Map(
    (await listLabelledActingOrganisations(db, { networkId: scope.networkId, editionId: scope.editionId })).map((r) => [
      r.organisationId,
      r.actions,
    ]),
  );
  const orgIds = [...new Set(trained.map((t) => orgAtSession.get(t.contactId) ?? t.organisationId).filter((id) => id !== null))];
  const names = new Map(
    orgIds.length
      ? (
          await db
            .select({ id: organisations.id, name: organisations.name })
            .from(organisations)
            .where(and(eq(organisations.networkId, scope.networkId), inArray(organisations.id, orgIds)))
        ).map((o) => [o.id, o.name])
      : [],
  );
  const people: ConversionPerson[] = trained.map((t) => {
    const organisationId = orgAtSession.get(t.contactId) ?? t.organisationId;
    return {
      contactId: t.contactId,
      firstName: t.firstName,
      lastName: t.lastName,
      organisationId,
      organisationName: organisationId ? (names.get(organisationId) ?? null) : null,
      actions: organisationId ? (acting.get(organisationId) ?? 0) : 0,
    };
  });
  const did = people.filter((p) => p.actions > 0);
  return {
    trained: people.length,
    acting: did.length,
    share: people.length ? did.length / people.length : null,
    did,
    didNot: people.filter((p) => p.actions === 0),
  };
}

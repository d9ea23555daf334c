import "server-only";
import { and, count, eq, isNull, max } from "drizzle-orm";
import { contacts, trainingCycles, trainingEnrolments, trainingModules, trainingSessions, trainingTrainers } from "@/db/schema";
import type { Db } from "@/db/types";
import { createEvent, updateEvent } from "@/features/meetings/mutations";
import { ActionError } from "@/lib/action-result";
import { parisDateKey } from "@/lib/domain/paris-time";
import { maxModulesPerCycle } from "./constants";
import type { CycleInput, ModuleInput, SessionInput, TrainerInput } from "./schemas";

export { cancelEnrolment, decideRequest, enrolContacts, requestEnrolment } from "./enrolment";

type Scope = { networkId: string; userId: string | null };
type FieldKeys = Record<string, string>;

function fail(fieldKeys: FieldKeys): never {
  throw new ActionError("invalid_input", "errors.invalid_input", fieldKeys);
}

function cycleProblems(input: CycleInput): FieldKeys {
  const out: FieldKeys = {};
  if (input.endsOn < input.startsOn) out.endsOn = "training.errors.endBeforeStart";
  if (input.completionRule === "hours_percent" && !input.completionPercent)
    out.completionPercent = "training.errors.percentRequired";
  return out;
}

async function enrolledCount(db: Db, { networkId, cycleId }: { networkId: string; cycleId: string }) {
  const [row] = await db
    .select({ n: count() })
    .from(trainingEnrolments)
    .where(
      and(
        eq(trainingEnrolments.networkId, networkId),
        eq(trainingEnrolments.cycleId, cycleId),
        eq(trainingEnrolments.status, "enrolled"),
      ),
    );
  return row?.n ?? 0;
}

export async function createCycle(db: Db, scope: Scope, input: CycleInput): Promise<{ id: string }> {
  const problems = cycleProblems(input);
  if (Object.keys(problems).length) fail(problems);
  const [row] = await db
    .insert(trainingCycles)
    .values({
      ...input,
      completionPercent: input.completionRule === "hours_percent" ? input.completionPercent : null,
      networkId: scope.networkId,
      createdById: scope.userId,
    })
    .returning({ id: trainingCycles.id });
  return row!;
}

/** Locks the cycle row: enrolments of one cycle are serialised on it. */
export async function lockCycle(tx: Db, { networkId, cycleId }: { networkId: string; cycleId: string }) {
  const [cycle] = await tx
    .select()
    .from(trainingCycles)
    .where(and(eq(trainingCycles.id, cycleId), eq(trainingCycles.networkId, networkId)))
    .for("update");
  if (!cycle) throw new ActionError("not_found");
  return cycle;
}

export async function updateCycle(db: Db, scope: Scope & { id: string }, input: CycleInput): Promise<void> {
  const problems = cycleProblems(input);
  await db.transaction(async (tx) => {
    await lockCycle(tx, { networkId: scope.networkId, cycleId: scope.id });
    if (input.capacity !== null && input.capacity < (await enrolledCount(tx, { networkId: scope.networkId, cycleId: scope.id })))
      problems.capacity = "training.errors.capacityBelowEnrolled";
    if (Object.keys(problems).length) fail(problems);
    await tx
      .update(trainingCycles)
      .set({ ...input, completionPercent: input.completionRule === "hours_percent" ? input.completionPercent : null })
      .where(and(eq(trainingCycles.id, scope.id), eq(trainingCycles.networkId, scope.networkId)));
  });
}

export async function createModule(db: Db, scope: Scope, input: ModuleInput): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    await lockCycle(tx, { networkId: scope.networkId, cycleId: input.cycleId });
    const [last] = await tx
      .select({ n: count(), top: max(trainingModules.position) })
      .from(trainingModules)
      .where(and(eq(trainingModules.networkId, scope.networkId), eq(trainingModules.cycleId, input.cycleId)));
    if ((last?.n ?? 0) >= maxModulesPerCycle) fail({ theme: "training.errors.tooManyModules" });
    const [row] = await tx
      .insert(trainingModules)
      .values({ ...input, networkId: scope.networkId, position: (last?.top ?? -1) + 1 })
      .returning({ id: trainingModules.id });
    return row!;
  });
}

export async function updateModule(db: Db, scope: Scope & { id: string }, input: ModuleInput): Promise<void> {
  await db.transaction(async (tx) => {
    await lockCycle(tx, { networkId: scope.networkId, cycleId: input.cycleId });
    const [row] = await tx
      .update(trainingModules)
      .set({ theme: input.theme, objectives: input.objectives, designDays: input.designDays, plannedHours: input.plannedHours })
      .where(
        and(
          eq(trainingModules.id, scope.id),
          eq(trainingModules.networkId, scope.networkId),
          eq(trainingModules.cycleId, input.cycleId),
        ),
      )
      .returning({ id: trainingModules.id });
    if (!row) throw new ActionError("not_found");
  });
}

/** A trainer picked in the directory takes its name and email unless others are typed. */
export async function addTrainer(db: Db, scope: Scope, input: TrainerInput): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    await lockCycle(tx, { networkId: scope.networkId, cycleId: input.cycleId });
    let { name, email } = input;
    if (input.contactId) {
      const [c] = await tx
        .select({ firstName: contacts.firstName, lastName: contacts.lastName, email: contacts.email })
        .from(contacts)
        .where(and(eq(contacts.id, input.contactId), eq(contacts.networkId, scope.networkId), isNull(contacts.erasedAt)));
      if (!c) fail({ contactId: "training.errors.contactUnknown" });
      name ??= `${c.firstName} ${c.lastName}`;
      email ??= c.email;
    }
    if (!name) fail({ name: "validation.required" });
    const [row] = await tx
      .insert(trainingTrainers)
      .values({ ...input, name, email, networkId: scope.networkId })
      .returning({ id: trainingTrainers.id });
    return row!;
  });
}

/** The module with its cycle's dates, or "not found" when it belongs to another network. */
async function moduleOf(db: Db, { networkId, moduleId }: { networkId: string; moduleId: string }) {
  const [row] = await db
    .select({ cycleId: trainingModules.cycleId, startsOn: trainingCycles.startsOn, endsOn: trainingCycles.endsOn })
    .from(trainingModules)
    .innerJoin(trainingCycles, eq(trainingCycles.id, trainingModules.cycleId))
    .where(and(eq(trainingModules.id, moduleId), eq(trainingModules.networkId, networkId)));
  if (!row) throw new ActionError("not_found");
  return row;
}

async function checkSession(db: Db, networkId: string, input: SessionInput): Promise<string> {
  const mod = await moduleOf(db, { networkId, moduleId: input.moduleId });
  const problems: FieldKeys = {};
  const day = parisDateKey(input.startsAt);
  if (day < mod.startsOn || parisDateKey(input.endsAt) > mod.endsOn) problems.startsAt = "training.errors.outsideCycle";
  if (input.trainerId) {
    const [t] = await db
      .select({ id: trainingTrainers.id })
      .from(trainingTrainers)
      .where(
        and(
          eq(trainingTrainers.id, input.trainerId),
          eq(trainingTrainers.networkId, networkId),
          eq(trainingTrainers.cycleId, mod.cycleId),
        ),
      );
    if (!t) problems.trainerId = "training.errors.trainerUnknown";
  }
  if (Object.keys(problems).length) fail(problems);
  return mod.cycleId;
}

async function eventInputOf(db: Db, networkId: string, input: SessionInput) {
  let organiserName: string | null = null;
  if (input.trainerId) {
    const [t] = await db
      .select({ name: trainingTrainers.name })
      .from(trainingTrainers)
      .where(and(eq(trainingTrainers.id, input.trainerId), eq(trainingTrainers.networkId, networkId)));
    organiserName = t?.name ?? null;
  }
  return {
    eventType: "training_session" as const,
    title: input.title,
    description: input.description,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    place: input.place,
    address: input.address,
    communeId: input.communeId,
    onlineUrl: null,
    siteType: input.kind === "site_visit" ? input.siteType : null,
    capacity: input.capacity,
    organiserName,
    reminderMinutesBefore: 2880,
    status: "planned" as const,
    agendaItems: [],
  };
}

/** Creates the meeting (type training_session) and links it to its module, in one transaction. */
export async function createSession(db: Db, scope: Scope, input: SessionInput): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    await checkSession(tx, scope.networkId, input);
    const event = await createEvent(tx, scope, await eventInputOf(tx, scope.networkId, input));
    // The meetings' writer drops the site type unless the type is site_visit: a training visit keeps it.
    await tx.insert(trainingSessions).values({
      eventId: event.id,
      networkId: scope.networkId,
      moduleId: input.moduleId,
      kind: input.kind,
      trainerId: input.trainerId,
    });
    return event;
  });
}

export async function updateSession(db: Db, scope: Scope & { id: string }, input: SessionInput): Promise<void> {
  await db.transaction(async (tx) => {
    const [link] = await tx
      .select({ eventId: trainingSessions.eventId })
      .from(trainingSessions)
      .where(and(eq(trainingSessions.eventId, scope.id), eq(trainingSessions.networkId, scope.networkId)));
    if (!link) throw new ActionError("not_found");
    await checkSession(tx, scope.networkId, input);
    await updateEvent(tx, scope, await eventInputOf(tx, scope.networkId, input));
    await tx
      .update(trainingSessions)
      .set({ moduleId: input.moduleId, kind: input.kind, trainerId: input.trainerId })
      .where(and(eq(trainingSessions.eventId, scope.id), eq(trainingSessions.networkId, scope.networkId)));
  });
}

/** For tests and the seed: the ids of a cycle's sessions. */
export async function sessionIdsOf(db: Db, { networkId, cycleId }: { networkId: string; cycleId: string }) {
  const rows = await db
    .select({ id: trainingSessions.eventId })
    .from(trainingSessions)
    .innerJoin(trainingModules, eq(trainingModules.id, trainingSessions.moduleId))
    .where(and(eq(trainingSessions.networkId, networkId), eq(trainingModules.cycleId, cycleId)));
  return rows.map((r) => r.id);
}

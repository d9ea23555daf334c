import "server-only";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { communes, contacts, eventAgendaItems, eventSeries, events, participations } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { maxOccurrences, planOccurrences, type RecurrenceRule } from "@/lib/domain/recurrence";
import type { Mailer } from "@/server/mail/mailer";
import { bumpSequence, notifyEventChange } from "./rsvp/changes";
import { lockEvent, registeredCount } from "./rsvp/seats";
import type { AgendaItemInput, EventInput, SeriesInput } from "./schemas";

type Scope = { networkId: string; userId: string | null };
/** Who tells the invitees about a change, and in which language (absent: nobody is told). */
type Notify = { mailer: Mailer; locale: string };
type FieldKeys = Record<string, string>;

function fail(fieldKeys: FieldKeys): never {
  throw new ActionError("invalid_input", "errors.invalid_input", fieldKeys);
}

function checkTimes(startsAt: Date, endsAt: Date, fieldKeys: FieldKeys) {
  if (endsAt.getTime() <= startsAt.getTime()) fieldKeys.endsAt = "meetings.errors.endBeforeStart";
}

/** The commune and the speakers must be the network's own; anything else is a field error. */
async function checkReferences(
  db: Db,
  networkId: string,
  input: { communeId: string | null; agendaItems?: AgendaItemInput[] },
  fieldKeys: FieldKeys,
) {
  if (input.communeId) {
    const [row] = await db
      .select({ id: communes.id })
      .from(communes)
      .where(and(eq(communes.id, input.communeId), eq(communes.networkId, networkId)));
    if (!row) fieldKeys.communeId = "meetings.errors.communeUnknown";
  }
  const speakerIds = [
    ...new Set((input.agendaItems ?? []).map((i) => i.speakerContactId).filter((id) => id !== null)),
  ];
  if (speakerIds.length === 0) return;
  const known = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(eq(contacts.networkId, networkId), inArray(contacts.id, speakerIds), isNull(contacts.erasedAt)),
    );
  const knownIds = new Set(known.map((r) => r.id));
  input.agendaItems!.forEach((item, i) => {
    if (item.speakerContactId && !knownIds.has(item.speakerContactId))
      fieldKeys[`agendaItems.${i}.speakerContactId`] = "meetings.errors.speakerUnknown";
  });
}

/** A site type only means something for a site visit (a training session may be one). */
function siteTypeOf(input: Pick<EventInput, "eventType" | "siteType">) {
  return input.eventType === "site_visit" || input.eventType === "training_session" ? input.siteType : null;
}

function eventColumns(input: EventInput) {
  const { agendaItems: _items, ...columns } = input;
  return { ...columns, siteType: siteTypeOf(input) };
}

async function writeAgenda(
  db: Db,
  { networkId, eventId, items }: { networkId: string; eventId: string; items: AgendaItemInput[] },
) {
  await db
    .delete(eventAgendaItems)
    .where(and(eq(eventAgendaItems.eventId, eventId), eq(eventAgendaItems.networkId, networkId)));
  if (items.length === 0) return;
  await db
    .insert(eventAgendaItems)
    .values(items.map((item, position) => ({ ...item, networkId, eventId, position })));
}

export async function createEvent(db: Db, scope: Scope, input: EventInput): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const fieldKeys: FieldKeys = {};
    checkTimes(input.startsAt, input.endsAt, fieldKeys);
    await checkReferences(tx, scope.networkId, input, fieldKeys);
    if (Object.keys(fieldKeys).length) fail(fieldKeys);
    const [row] = await tx
      .insert(events)
      .values({ ...eventColumns(input), networkId: scope.networkId, createdById: scope.userId })
      .returning({ id: events.id });
    await writeAgenda(tx, { networkId: scope.networkId, eventId: row!.id, items: input.agendaItems });
    return row!;
  });
}

export async function updateEvent(
  db: Db,
  scope: Scope & { id: string; notify?: Notify },
  input: EventInput,
): Promise<void> {
  await db.transaction(async (tx) => {
    // Answers lock the event too: the confirmed count cannot move until this edit commits.
    const eventScope = { networkId: scope.networkId, eventId: scope.id };
    await lockEvent(tx, eventScope);
    const fieldKeys: FieldKeys = {};
    checkTimes(input.startsAt, input.endsAt, fieldKeys);
    await checkReferences(tx, scope.networkId, input, fieldKeys);
    if (input.capacity !== null && input.capacity < (await registeredCount(tx, eventScope)))
      fieldKeys.capacity = "meetings.errors.capacityBelowConfirmed";
    if (Object.keys(fieldKeys).length) fail(fieldKeys);
    const [before] = await tx
      .select({
        startsAt: events.startsAt,
        endsAt: events.endsAt,
        place: events.place,
        address: events.address,
        communeId: events.communeId,
        onlineUrl: events.onlineUrl,
      })
      .from(events)
      .where(and(eq(events.id, scope.id), eq(events.networkId, scope.networkId)));
    await tx
      .update(events)
      .set({ ...eventColumns(input), updatedAt: new Date() })
      .where(and(eq(events.id, scope.id), eq(events.networkId, scope.networkId)));
    const moved = !!before && before.startsAt.getTime() !== input.startsAt.getTime();
    if (moved) await rearmReminders(tx, eventScope);
    await writeAgenda(tx, { ...eventScope, items: input.agendaItems });
    // Every saved edit is a new version of the calendar entry; invitees hear of when and where.
    await bumpSequence(tx, eventScope);
    const relocated =
      !!before &&
      (before.endsAt.getTime() !== input.endsAt.getTime() ||
        before.place !== input.place ||
        before.address !== input.address ||
        before.communeId !== input.communeId ||
        before.onlineUrl !== input.onlineUrl);
    if (scope.notify && (moved || relocated))
      await notifyEventChange(tx, scope.notify.mailer, {
        ...eventScope,
        change: moved ? "moved" : "updated",
        locale: scope.notify.locale,
      });
  });
}

/** A meeting moved to a new time: people get a reminder for the new date, even if they had one. */
async function rearmReminders(
  db: Db,
  { networkId, eventId }: { networkId: string; eventId: string },
): Promise<void> {
  await db
    .update(participations)
    .set({ reminderSentAt: null })
    .where(and(eq(participations.networkId, networkId), eq(participations.eventId, eventId)));
}

/** Moves one event (an occurrence of a series keeps its series; the others do not move). */
export async function moveEvent(
  db: Db,
  scope: Scope & { id: string; notify?: Notify },
  times: { startsAt: Date; endsAt: Date },
): Promise<void> {
  const fieldKeys: FieldKeys = {};
  checkTimes(times.startsAt, times.endsAt, fieldKeys);
  if (Object.keys(fieldKeys).length) fail(fieldKeys);
  await db.transaction(async (tx) => {
    // A held meeting stays where it happened.
    const [row] = await tx
      .update(events)
      .set({ ...times, updatedAt: new Date() })
      .where(and(eq(events.id, scope.id), eq(events.networkId, scope.networkId), ne(events.status, "held")))
      .returning({ id: events.id });
    if (!row) throw new ActionError("not_found");
    const eventScope = { networkId: scope.networkId, eventId: scope.id };
    await rearmReminders(tx, eventScope);
    await bumpSequence(tx, eventScope);
    if (scope.notify)
      await notifyEventChange(tx, scope.notify.mailer, {
        ...eventScope,
        change: "moved",
        locale: scope.notify.locale,
      });
  });
}

export async function setEventStatus(
  db: Db,
  scope: Scope & { id: string; notify?: Notify },
  status: "planned" | "held" | "cancelled",
): Promise<void> {
  // Restoring only brings back a cancelled meeting: a held one must not reopen its answers,
  // and a held meeting cannot be cancelled afterwards.
  const from =
    status === "planned"
      ? eq(events.status, "cancelled")
      : status === "cancelled"
        ? eq(events.status, "planned")
        : undefined;
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(events)
      .set({ status, updatedAt: new Date() })
      .where(and(eq(events.id, scope.id), eq(events.networkId, scope.networkId), from))
      .returning({ id: events.id });
    if (!row) throw new ActionError("not_found");
    if (status === "held") return;
    const eventScope = { networkId: scope.networkId, eventId: scope.id };
    await bumpSequence(tx, eventScope);
    if (scope.notify)
      await notifyEventChange(tx, scope.notify.mailer, {
        ...eventScope,
        change: status === "cancelled" ? "cancelled" : "restored",
        locale: scope.notify.locale,
      });
  });
}

export function ruleOf(input: SeriesInput): RecurrenceRule {
  if (input.kind === "monthly_weekday")
    return { kind: input.kind, interval: input.interval, nth: input.nth, weekday: input.weekday };
  return { kind: input.kind, interval: input.interval };
}

/** Creates a series and all its occurrences in one transaction. */
export async function createSeries(
  db: Db,
  scope: Scope,
  input: SeriesInput,
): Promise<{ id: string; occurrences: number }> {
  const fieldKeys: FieldKeys = {};
  if (input.endMode === "until" && !input.until) fieldKeys.until = "meetings.errors.untilRequired";
  if (input.endMode === "count" && !input.count) fieldKeys.count = "meetings.errors.countRequired";
  if (Object.keys(fieldKeys).length) fail(fieldKeys);
  const rule = ruleOf(input);
  const plan = {
    rule,
    startDate: input.startDate,
    time: input.time,
    durationMinutes: input.durationMinutes,
    until: input.endMode === "until" ? input.until : null,
    count: input.endMode === "count" ? input.count : null,
  };
  const occurrences = planOccurrences(plan);
  const endField = input.endMode === "until" ? "until" : "count";
  if (occurrences.length === 0) fail({ [endField]: "meetings.errors.noOccurrence" });
  if (occurrences.length > maxOccurrences) fail({ [endField]: "meetings.errors.tooManyOccurrences" });
  return db.transaction(async (tx) => {
    await checkReferences(tx, scope.networkId, input, fieldKeys);
    if (Object.keys(fieldKeys).length) fail(fieldKeys);
    const [series] = await tx
      .insert(eventSeries)
      .values({
        networkId: scope.networkId,
        title: input.title,
        eventType: input.eventType,
        rule: { ...plan },
        createdById: scope.userId,
      })
      .returning({ id: eventSeries.id });
    await tx.insert(events).values(
      occurrences.map((o) => ({
        networkId: scope.networkId,
        seriesId: series!.id,
        eventType: input.eventType,
        title: input.title,
        description: input.description,
        startsAt: o.startsAt,
        endsAt: o.endsAt,
        place: input.place,
        address: input.address,
        communeId: input.communeId,
        onlineUrl: input.onlineUrl,
        siteType: siteTypeOf(input),
        capacity: input.capacity,
        organiserName: input.organiserName,
        reminderMinutesBefore: input.reminderMinutesBefore,
        createdById: scope.userId,
      })),
    );
    return { id: series!.id, occurrences: occurrences.length };
  });
}

// For other areas (training enrols people into sessions through the meetings' invitations).
export { inviteToEvent } from "./rsvp/invitations";
export { withdrawInvitations } from "./rsvp/withdraw";
// Training's attendance grid marks trainees through the meetings' own check-in.
export { addWalkIn, recordCheckIn } from "./attendance/mutations";

import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { contacts, eventAttachments, events, organisations, participations, signatures } from "@/db/schema";
import type { Db } from "@/db/types";
import { contactSearchText } from "@/features/directory/mutations";
import { ActionError } from "@/lib/action-result";
import { halfDaysOf, parisDateKey } from "@/lib/domain/paris-time";
import { lockEvent } from "../rsvp/seats";
import { checkAttachment } from "./attachments";
import { sanitizeMinutes } from "./minutes";
import type { CheckInStatus, SignatureInput, WalkInNewInput } from "./schemas";

type EventScope = { networkId: string; eventId: string };
const isHere = (status: string) => status === "present" || status === "late";

/** Outcome of a check-in: done, or refused because the person was already checked in. */
export type CheckInResult =
  | { outcome: "updated"; participationId: string; status: CheckInStatus; checkedInAt: Date | null }
  | { outcome: "alreadyCheckedIn"; participationId: string; checkedInAt: Date | null };

/** The event, if attendance may be recorded for it now; otherwise a clear refusal. */
async function openEvent(tx: Db, { networkId, eventId }: EventScope, now: Date) {
  const [event] = await tx
    .select({ id: events.id, startsAt: events.startsAt, endsAt: events.endsAt, status: events.status })
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.networkId, networkId)));
  if (!event) throw new ActionError("not_found");
  if (event.status === "cancelled") throw new ActionError("conflict", "attendance.errors.cancelled");
  // Attendance opens on the day of the meeting (Paris time) and stays open afterwards, for paper sheets.
  if (parisDateKey(event.startsAt) > parisDateKey(now))
    throw new ActionError("conflict", "attendance.errors.notYet");
  return event;
}

async function lockParticipation(tx: Db, { networkId, eventId }: EventScope, id: string) {
  const [row] = await tx
    .select()
    .from(participations)
    .where(
      and(
        eq(participations.id, id),
        eq(participations.eventId, eventId),
        eq(participations.networkId, networkId),
      ),
    )
    .for("update");
  if (!row) throw new ActionError("not_found");
  return row;
}

/** Being at a meeting is an interaction with the network (GDPR retention counts from the last one). */
async function touchContact(
  tx: Db,
  { networkId, contactId, at }: { networkId: string; contactId: string; at: Date },
) {
  await tx
    .update(contacts)
    // A parameter in raw SQL carries no column type: postgres.js needs the cast to bind a Date.
    .set({
      lastInteractionAt: sql`greatest(${contacts.lastInteractionAt}, ${at.toISOString()}::timestamptz)`,
    })
    .where(and(eq(contacts.id, contactId), eq(contacts.networkId, networkId)));
}

async function setStatus(
  tx: Db,
  scope: EventScope,
  current: typeof participations.$inferSelect,
  status: CheckInStatus,
  event: { startsAt: Date },
  now: Date,
): Promise<CheckInResult> {
  if (status === current.status && isHere(status))
    return { outcome: "alreadyCheckedIn", participationId: current.id, checkedInAt: current.checkedInAt };
  const checkedInAt = isHere(status) ? (isHere(current.status) ? current.checkedInAt : now) : null;
  await tx.update(participations).set({ status, checkedInAt }).where(eq(participations.id, current.id));
  if (isHere(status))
    await touchContact(tx, { networkId: scope.networkId, contactId: current.contactId, at: event.startsAt });
  // A correction to "absent": a signature of someone who was not there would be false.
  else await tx.delete(signatures).where(eq(signatures.participationId, current.id));
  return { outcome: "updated", participationId: current.id, status, checkedInAt };
}

/** Marks one person present, late or absent. Checking in someone already checked in changes nothing. */
export async function recordCheckIn(
  db: Db,
  scope: EventScope & { participationId: string; status: CheckInStatus },
  now = new Date(),
): Promise<CheckInResult> {
  return db.transaction(async (tx) => {
    const event = await openEvent(tx, scope, now);
    const current = await lockParticipation(tx, scope, scope.participationId);
    return setStatus(tx, scope, current, scope.status, event, now);
  });
}

/** Adds a contact of the network who came without invitation (or checks them in if they were invited). */
export async function addWalkIn(
  db: Db,
  scope: EventScope & { contactId: string },
  now = new Date(),
): Promise<CheckInResult> {
  return db.transaction(async (tx) => {
    const event = await openEvent(tx, scope, now);
    const [contact] = await tx
      .select({ id: contacts.id, organisationId: contacts.organisationId })
      .from(contacts)
      .where(
        and(
          eq(contacts.id, scope.contactId),
          eq(contacts.networkId, scope.networkId),
          isNull(contacts.erasedAt),
          isNull(contacts.archivedAt),
        ),
      );
    if (!contact) throw new ActionError("not_found");
    const [inserted] = await tx
      .insert(participations)
      .values({
        networkId: scope.networkId,
        eventId: scope.eventId,
        contactId: contact.id,
        organisationId: contact.organisationId,
        status: "present",
        walkIn: true,
        checkedInAt: now,
      })
      .onConflictDoNothing({ target: [participations.eventId, participations.contactId] })
      .returning({ id: participations.id });
    if (inserted) {
      await touchContact(tx, { networkId: scope.networkId, contactId: contact.id, at: event.startsAt });
      return { outcome: "updated", participationId: inserted.id, status: "present", checkedInAt: now };
    }
    // Already on the list (invited, or added meanwhile from another device): an ordinary check-in.
    const [existing] = await tx
      .select({ id: participations.id })
      .from(participations)
      .where(and(eq(participations.eventId, scope.eventId), eq(participations.contactId, contact.id)));
    const current = await lockParticipation(tx, scope, existing!.id);
    return setStatus(tx, scope, current, "present", event, now);
  });
}

/** Creates a new contact who came without invitation, and checks them in. */
export async function addWalkInNewContact(
  db: Db,
  scope: EventScope,
  input: Omit<WalkInNewInput, "eventId">,
  now = new Date(),
): Promise<CheckInResult> {
  return db.transaction(async (tx) => {
    const event = await openEvent(tx, scope, now);
    let organisationName: string | null = null;
    if (input.organisationId) {
      const [org] = await tx
        .select({ name: organisations.name })
        .from(organisations)
        .where(and(eq(organisations.id, input.organisationId), eq(organisations.networkId, scope.networkId)));
      if (!org)
        throw new ActionError("invalid_input", "errors.invalid_input", {
          organisationId: "errors.not_found",
        });
      organisationName = org.name;
    }
    const [contact] = await tx
      .insert(contacts)
      .values({
        networkId: scope.networkId,
        firstName: input.firstName,
        lastName: input.lastName,
        email: input.email,
        organisationId: input.organisationId,
        lastInteractionAt: event.startsAt,
        searchText: contactSearchText({ ...input, jobTitle: null }, organisationName),
      })
      .onConflictDoNothing()
      .returning({ id: contacts.id });
    if (!contact)
      throw new ActionError("conflict", "attendance.errors.emailTaken", {
        email: "attendance.errors.emailTaken",
      });
    const [row] = await tx
      .insert(participations)
      .values({
        networkId: scope.networkId,
        eventId: scope.eventId,
        contactId: contact.id,
        organisationId: input.organisationId,
        status: "present",
        walkIn: true,
        checkedInAt: now,
      })
      .returning({ id: participations.id });
    return { outcome: "updated", participationId: row!.id, status: "present", checkedInAt: now };
  });
}

/**
 * Records one signature for a half-day the meeting covers. Signing checks the person in; a second
 * signature for the same half-day is refused and changes nothing.
 */
export async function recordSignature(
  db: Db,
  scope: EventScope,
  input: Omit<SignatureInput, "eventId">,
  now = new Date(),
): Promise<{ signedAt: Date }> {
  return db.transaction(async (tx) => {
    const event = await openEvent(tx, scope, now);
    const current = await lockParticipation(tx, scope, input.participationId);
    if (!halfDaysOf(event.startsAt, event.endsAt).includes(input.halfDay))
      throw new ActionError("invalid_input", "attendance.errors.halfDay");
    const [row] = await tx
      .insert(signatures)
      .values({
        networkId: scope.networkId,
        participationId: current.id,
        halfDay: input.halfDay,
        method: input.method,
        image: input.image,
        signedAt: now,
      })
      .onConflictDoNothing()
      .returning({ signedAt: signatures.signedAt });
    if (!row) throw new ActionError("conflict", "attendance.errors.alreadySigned");
    if (!isHere(current.status)) await setStatus(tx, scope, current, "present", event, now);
    return row;
  });
}

export async function saveMinutes(
  db: Db,
  scope: EventScope,
  html: string,
): Promise<{ minutes: string | null }> {
  const minutes = sanitizeMinutes(html);
  const [row] = await db
    .update(events)
    .set({ minutes, updatedAt: new Date() })
    .where(and(eq(events.id, scope.eventId), eq(events.networkId, scope.networkId)))
    .returning({ id: events.id });
  if (!row) throw new ActionError("not_found");
  return { minutes };
}

/** At most this many files per meeting: the database is not a file server. */
export const maxAttachmentsPerEvent = 30;

export async function addAttachment(
  db: Db,
  scope: EventScope & { userId: string | null },
  file: { name: string; type: string; bytes: Uint8Array },
): Promise<{ id: string }> {
  const { fileName, contentType } = checkAttachment(file);
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, scope);
    const [{ n }] = (await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(eventAttachments)
      .where(eq(eventAttachments.eventId, event.id))) as [{ n: number }];
    if (n >= maxAttachmentsPerEvent) throw new ActionError("conflict", "attendance.attachments.tooMany");
    const [row] = await tx
      .insert(eventAttachments)
      .values({
        networkId: scope.networkId,
        eventId: event.id,
        fileName,
        contentType,
        size: file.bytes.length,
        content: Buffer.from(file.bytes),
        uploadedById: scope.userId,
      })
      .returning({ id: eventAttachments.id });
    return row!;
  });
}

export async function deleteAttachment(db: Db, scope: EventScope & { id: string }): Promise<void> {
  const [row] = await db
    .delete(eventAttachments)
    .where(
      and(
        eq(eventAttachments.id, scope.id),
        eq(eventAttachments.eventId, scope.eventId),
        eq(eventAttachments.networkId, scope.networkId),
      ),
    )
    .returning({ id: eventAttachments.id });
  if (!row) throw new ActionError("not_found");
}

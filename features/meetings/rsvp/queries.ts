import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { contacts, events, organisations, participations } from "@/db/schema";
import type { Db } from "@/db/types";
import type { ParticipationStatus } from "@/lib/domain/enums";
import { invitableWhere } from "./invitations";

/** The event as the invitation page heads it; null when it is not one of the network's. */
export async function getInvitationEvent(
  db: Db,
  { networkId, eventId }: { networkId: string; eventId: string },
) {
  const [row] = await db
    .select({
      id: events.id,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      capacity: events.capacity,
      status: events.status,
    })
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.networkId, networkId)));
  return row ?? null;
}

/** Who is on an event's list (with `contacts` joined and `organisations` left-joined). */
export const participantColumns = {
  id: participations.id,
  contactId: participations.contactId,
  firstName: contacts.firstName,
  lastName: contacts.lastName,
  organisationName: organisations.name,
  status: participations.status,
};

/** Everyone invited, with their answer; the waiting list in its order. */
export async function listParticipations(
  db: Db,
  { networkId, eventId }: { networkId: string; eventId: string },
) {
  const rows = await db
    .select({
      ...participantColumns,
      invitedAt: participations.invitedAt,
      answeredAt: participations.answeredAt,
      answerMessage: participations.answerMessage,
      representedBy: participations.representedBy,
      waitlistedAt: participations.waitlistedAt,
    })
    .from(participations)
    .innerJoin(contacts, eq(contacts.id, participations.contactId))
    .leftJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(and(eq(participations.networkId, networkId), eq(participations.eventId, eventId)))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName));
  const waitlist = rows
    .filter((r) => r.status === "waitlisted")
    .sort((a, b) => a.waitlistedAt!.getTime() - b.waitlistedAt!.getTime() || a.id.localeCompare(b.id));
  return { rows, waitlist };
}

export const countedStatuses = ["invited", "registered", "waitlisted", "declined", "excused"] as const;

/** Invited (everyone), then how many hold each answer. */
export async function countParticipations(
  db: Db,
  { networkId, eventId }: { networkId: string; eventId: string },
) {
  const rows = await db
    .select({ status: participations.status, n: count() })
    .from(participations)
    .where(and(eq(participations.networkId, networkId), eq(participations.eventId, eventId)))
    .groupBy(participations.status);
  const by = Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<
    Record<ParticipationStatus, number>
  >;
  return {
    total: rows.reduce((s, r) => s + r.n, 0),
    ...Object.fromEntries(countedStatuses.map((s) => [s, by[s] ?? 0])),
  } as { total: number } & Record<(typeof countedStatuses)[number], number>;
}

/** People who can be picked one by one: active, with an email (at most 3,000, by name). */
export async function listInvitableContacts(db: Db, { networkId }: { networkId: string }) {
  return db
    .select({
      id: contacts.id,
      name: sql<string>`${contacts.firstName} || ' ' || ${contacts.lastName}`,
      organisationName: organisations.name,
    })
    .from(contacts)
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(invitableWhere(networkId))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName))
    .limit(3000);
}

/** The mailing log of a meeting (server/mail/queue.ts): who was mailed, when, what failed. */
export { listEventMails } from "@/server/mail/queue";

import { and, asc, eq } from "drizzle-orm";
import { communes, contacts, eventAgendaItems, events, networks } from "@/db/schema";
import type { Db } from "@/db/types";

// What an invitation, a reminder or the answer page says about an event. No "server-only"
// marker: the reminder job reaches this module from instrumentation (see features/meetings/rsvp/job.ts).

export type EventDetails = {
  id: string;
  networkId: string;
  networkName: string;
  networkSlug: string;
  title: string;
  eventType: typeof events.$inferSelect.eventType;
  description: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  address: string | null;
  communeName: string | null;
  onlineUrl: string | null;
  capacity: number | null;
  status: typeof events.$inferSelect.status;
  createdAt: Date;
  updatedAt: Date;
  sequence: number;
  agenda: { title: string; durationMinutes: number | null; speaker: string | null }[];
};

/** Where and when: what every view of an event shows (with `communes` left-joined). */
export const whereAndWhenColumns = {
  id: events.id,
  title: events.title,
  eventType: events.eventType,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  place: events.place,
  address: events.address,
  communeName: communes.name,
  onlineUrl: events.onlineUrl,
  status: events.status,
};

/** What a calendar entry of an event needs (see calendar/event-ics.ts). */
export const calendarColumns = {
  ...whereAndWhenColumns,
  description: events.description,
  createdAt: events.createdAt,
  updatedAt: events.updatedAt,
  sequence: events.sequence,
};
export type CalendarFields = Pick<
  EventDetails,
  | "id"
  | "title"
  | "description"
  | "startsAt"
  | "endsAt"
  | "place"
  | "address"
  | "communeName"
  | "onlineUrl"
  | "status"
  | "createdAt"
  | "updatedAt"
  | "sequence"
>;

export async function loadEventDetails(
  db: Db,
  { networkId, eventId }: { networkId: string; eventId: string },
): Promise<EventDetails | null> {
  const [row] = await db
    .select({
      ...calendarColumns,
      networkId: events.networkId,
      networkName: networks.name,
      networkSlug: networks.slug,
      capacity: events.capacity,
    })
    .from(events)
    .innerJoin(networks, eq(networks.id, events.networkId))
    .leftJoin(communes, eq(communes.id, events.communeId))
    .where(and(eq(events.id, eventId), eq(events.networkId, networkId)));
  if (!row) return null;
  const agenda = await db
    .select({
      title: eventAgendaItems.title,
      durationMinutes: eventAgendaItems.durationMinutes,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
    })
    .from(eventAgendaItems)
    .leftJoin(contacts, eq(contacts.id, eventAgendaItems.speakerContactId))
    .where(and(eq(eventAgendaItems.eventId, eventId), eq(eventAgendaItems.networkId, networkId)))
    .orderBy(asc(eventAgendaItems.position));
  return {
    ...row,
    agenda: agenda.map((a) => ({
      title: a.title,
      durationMinutes: a.durationMinutes,
      speaker: a.firstName ? `${a.firstName} ${a.lastName}` : null,
    })),
  };
}

/** "Salle du conseil, 2 rue …, Mulhouse": the parts that are set. */
export function locationOf(e: Pick<EventDetails, "place" | "address" | "communeName">): string | null {
  return [e.place, e.address, e.communeName].filter(Boolean).join(", ") || null;
}

/**
 * RFC 5545 SEQUENCE: the event's stored counter, +1 on every change invitees are told about
 * (moved, cancelled, restored, edited), so calendar clients replace their copy.
 */
export function sequenceOf(e: { sequence: number }): number {
  return e.sequence;
}

/** Stable across updates: calendar clients replace the event instead of adding a copy. */
export function eventUid(eventId: string): string {
  return `${eventId}@relais`;
}

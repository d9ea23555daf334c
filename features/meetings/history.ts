import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { events, participations } from "@/db/schema";
import type { Db } from "@/db/types";

// The directory's memory of meetings: who was invited, answered, came, over the years. Counted
// from the participations themselves (the organisation recorded at invitation time).

const answered = sql<number>`count(*) filter (where ${participations.answeredAt} is not null
  or ${participations.status} in ('registered', 'declined', 'excused'))`.mapWith(Number);
const present = sql<number>`count(*) filter (where ${participations.status} in ('present', 'late'))`.mapWith(Number);
const excused = sql<number>`count(*) filter (where ${participations.status} = 'excused')`.mapWith(Number);

/** An organisation's meetings, newest first, with how many of its people were invited, answered, came. */
export async function organisationMeetingHistory(
  db: Db,
  { networkId, organisationId }: { networkId: string; organisationId: string },
) {
  return db
    .select({
      eventId: events.id,
      title: events.title,
      eventType: events.eventType,
      startsAt: events.startsAt,
      status: events.status,
      invited: sql<number>`count(*)`.mapWith(Number),
      answered,
      present,
      excused,
    })
    .from(participations)
    .innerJoin(events, eq(events.id, participations.eventId))
    .where(and(eq(participations.networkId, networkId), eq(participations.organisationId, organisationId)))
    .groupBy(events.id)
    .orderBy(desc(events.startsAt))
    .limit(500);
}

/** A person's meetings, newest first, with their own answer and attendance. */
export async function contactMeetingHistory(db: Db, { networkId, contactId }: { networkId: string; contactId: string }) {
  return db
    .select({
      eventId: events.id,
      title: events.title,
      eventType: events.eventType,
      startsAt: events.startsAt,
      eventStatus: events.status,
      status: participations.status,
      answeredAt: participations.answeredAt,
      walkIn: participations.walkIn,
    })
    .from(participations)
    .innerJoin(events, eq(events.id, participations.eventId))
    .where(and(eq(participations.networkId, networkId), eq(participations.contactId, contactId)))
    .orderBy(desc(events.startsAt))
    .limit(500);
}

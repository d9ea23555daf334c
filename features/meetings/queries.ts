import "server-only";
import { and, asc, count, desc, eq, gte, isNull, lt, sql } from "drizzle-orm";
import {
  communes,
  contacts,
  eventAgendaItems,
  eventSeries,
  events,
  organisations,
  participations,
} from "@/db/schema";
import type { Db } from "@/db/types";
import type { EventType } from "@/lib/domain/enums";
import { parisMonthRange } from "@/lib/domain/paris-time";
import { registeredCount } from "./rsvp/seats";
import type { AgendaFilters } from "./schemas";

export const agendaPageSize = 20;

/** The Paris year of an event's start, computed by the database (lib/domain/paris-time.ts's rule in SQL). */
export const parisYear = sql<number>`extract(year from ${events.startsAt} at time zone 'Europe/Paris')::int`;

const listColumns = {
  id: events.id,
  title: events.title,
  eventType: events.eventType,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  status: events.status,
  place: events.place,
  onlineUrl: events.onlineUrl,
  seriesId: events.seriesId,
  communeName: communes.name,
};

/** The agenda: meetings not yet over first (soonest first), then past ones (latest first). */
export async function listEvents(
  db: Db,
  {
    networkId,
    filters,
    now = new Date(),
  }: { networkId: string; filters: Pick<AgendaFilters, "type" | "year" | "page">; now?: Date },
) {
  const where = and(
    eq(events.networkId, networkId),
    filters.type ? eq(events.eventType, filters.type) : undefined,
    filters.year ? sql`${parisYear} = ${filters.year}` : undefined,
  );
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(events).where(where);
  const pageCount = Math.max(1, Math.ceil(total / agendaPageSize));
  const page = Math.min(filters.page, pageCount);
  // An ISO string with an explicit cast: postgres.js does not take a Date inside raw SQL.
  const nowTs = sql`${now.toISOString()}::timestamptz`;
  const past = sql<boolean>`${events.endsAt} < ${nowTs}`;
  const rows = await db
    .select({ ...listColumns, past })
    .from(events)
    .leftJoin(communes, eq(communes.id, events.communeId))
    .where(where)
    .orderBy(
      past,
      sql`case when ${events.endsAt} >= ${nowTs} then ${events.startsAt} end asc`,
      desc(events.startsAt),
      asc(events.id),
    )
    .limit(agendaPageSize)
    .offset((page - 1) * agendaPageSize);
  return { rows, total, page, pageCount };
}

/** The years that hold meetings, latest first (for the year filter). */
export async function listEventYears(db: Db, { networkId }: { networkId: string }): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: parisYear })
    .from(events)
    .where(eq(events.networkId, networkId))
    .orderBy(desc(parisYear));
  return rows.map((r) => r.year);
}

/** Meetings starting within a Paris calendar month. */
export async function listMonthEvents(
  db: Db,
  { networkId, year, month, type }: { networkId: string; year: number; month: number; type?: EventType },
) {
  const { from, to } = parisMonthRange(year, month);
  return db
    .select(listColumns)
    .from(events)
    .leftJoin(communes, eq(communes.id, events.communeId))
    .where(
      and(
        eq(events.networkId, networkId),
        gte(events.startsAt, from),
        lt(events.startsAt, to),
        type ? eq(events.eventType, type) : undefined,
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.id));
}

export async function getEvent(db: Db, { networkId, id }: { networkId: string; id: string }) {
  const [event] = await db
    .select({
      event: events,
      communeName: communes.name,
      series: { id: eventSeries.id, title: eventSeries.title },
    })
    .from(events)
    .leftJoin(communes, eq(communes.id, events.communeId))
    .leftJoin(eventSeries, eq(eventSeries.id, events.seriesId))
    .where(and(eq(events.id, id), eq(events.networkId, networkId)));
  if (!event) return null;
  const [agendaItems, confirmed] = await Promise.all([
    db
      .select({
        id: eventAgendaItems.id,
        title: eventAgendaItems.title,
        durationMinutes: eventAgendaItems.durationMinutes,
        speakerContactId: eventAgendaItems.speakerContactId,
        speakerFirstName: contacts.firstName,
        speakerLastName: contacts.lastName,
        speakerOrganisation: organisations.name,
      })
      .from(eventAgendaItems)
      .leftJoin(contacts, eq(contacts.id, eventAgendaItems.speakerContactId))
      .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
      .where(and(eq(eventAgendaItems.eventId, id), eq(eventAgendaItems.networkId, networkId)))
      .orderBy(asc(eventAgendaItems.position)),
    registeredCount(db, { networkId, eventId: id }),
  ]);
  return {
    ...event.event,
    communeName: event.communeName,
    series: event.series?.id ? event.series : null,
    agendaItems,
    confirmed,
  };
}
export type EventDetail = NonNullable<Awaited<ReturnType<typeof getEvent>>>;

export async function getSeries(db: Db, { networkId, id }: { networkId: string; id: string }) {
  const [series] = await db
    .select()
    .from(eventSeries)
    .where(and(eq(eventSeries.id, id), eq(eventSeries.networkId, networkId)));
  if (!series) return null;
  const occurrences = await db
    .select({
      id: events.id,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      status: events.status,
      title: events.title,
    })
    .from(events)
    .where(and(eq(events.seriesId, id), eq(events.networkId, networkId)))
    .orderBy(asc(events.startsAt));
  return { ...series, occurrences };
}

/** People who can speak at a meeting: the network's active contacts, with their organisation. */
export async function listSpeakerOptions(db: Db, { networkId }: { networkId: string }) {
  const rows = await db
    .select({
      id: contacts.id,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      organisation: organisations.name,
    })
    .from(contacts)
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .where(and(eq(contacts.networkId, networkId), isNull(contacts.erasedAt), isNull(contacts.archivedAt)))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName));
  return rows.map((r) => ({
    id: r.id,
    label: `${r.lastName} ${r.firstName}${r.organisation ? ` (${r.organisation})` : ""}`,
  }));
}

/**
 * Planned meetings starting within `days` days, with their answer counts: the coordinator's to-do
 * (who has not answered yet, to remind). "invited" is a participation with no answer.
 */
export async function listUpcomingWithAnswers(
  db: Db,
  { networkId, now = new Date(), days = 30 }: { networkId: string; now?: Date; days?: number },
) {
  const until = new Date(now.getTime() + days * 24 * 60 * 60 * 1000);
  return db
    .select({
      id: events.id,
      title: events.title,
      startsAt: events.startsAt,
      invited: sql<number>`count(${participations.id})::int`,
      pending: sql<number>`(count(${participations.id}) filter (where ${participations.status} = 'invited'))::int`,
    })
    .from(events)
    .leftJoin(
      participations,
      and(eq(participations.eventId, events.id), eq(participations.networkId, events.networkId)),
    )
    .where(
      and(
        eq(events.networkId, networkId),
        eq(events.status, "planned"),
        gte(events.startsAt, now),
        lt(events.startsAt, until),
      ),
    )
    .groupBy(events.id)
    .orderBy(asc(events.startsAt))
    .limit(10);
}

export { contactMeetingHistory, organisationMeetingHistory } from "./history";

import "server-only";
import { and, count, eq, inArray, isNotNull, ne, notInArray, sql } from "drizzle-orm";
import { communes, events, organisations, participations } from "@/db/schema";
import type { Db } from "@/db/types";
import type { EventType } from "@/lib/domain/enums";
import { parisDayNumber } from "@/lib/domain/paris-time";
import { parisYear } from "./queries";

// Meeting figures of a network, computed from recorded facts only.

const presentStatuses = ["present", "late"] as const;
/** Trainings and site visits are not "network meetings" for the interval between meetings. */
const notNetworkMeetings: EventType[] = ["training_session", "site_visit"];

export type MeetingFigures = {
  /** Meetings not cancelled, by Paris year and type. */
  byTypeAndYear: { year: number; eventType: EventType; count: number }[];
  councils: { held: number; averagePresent: number | null; averageExcused: number | null };
  /** Median days between consecutive held network meetings within each year (null: fewer than two). */
  medianIntervalByYear: { year: number; meetings: number; medianDays: number | null }[];
  /** Invited to each of the last three held actors' councils and present at none (null: fewer than three held). */
  stoppedComing: { id: string; name: string }[] | null;
  /** Member communes with at least one person present (through their organisation's commune). */
  communes: { present: number; total: number };
};

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export async function getMeetingFigures(
  db: Db,
  { networkId }: { networkId: string },
): Promise<MeetingFigures> {
  const [byTypeAndYear, councilRows, networkMeetings, communeRows, [total]] = await Promise.all([
    db
      .select({ year: parisYear, eventType: events.eventType, count: count() })
      .from(events)
      .where(and(eq(events.networkId, networkId), ne(events.status, "cancelled")))
      .groupBy(parisYear, events.eventType)
      .orderBy(sql`1 desc`, events.eventType),
    db
      .select({
        id: events.id,
        startsAt: events.startsAt,
        present: sql<number>`count(${participations.id}) filter (where ${participations.status} in ('present', 'late'))::int`,
        excused: sql<number>`count(${participations.id}) filter (where ${participations.status} = 'excused')::int`,
      })
      .from(events)
      .leftJoin(
        participations,
        and(eq(participations.eventId, events.id), eq(participations.networkId, networkId)),
      )
      .where(
        and(
          eq(events.networkId, networkId),
          eq(events.eventType, "actors_council"),
          eq(events.status, "held"),
        ),
      )
      .groupBy(events.id)
      .orderBy(sql`${events.startsAt} desc`),
    db
      .select({ year: parisYear, startsAt: events.startsAt })
      .from(events)
      .where(
        and(
          eq(events.networkId, networkId),
          eq(events.status, "held"),
          notInArray(events.eventType, notNetworkMeetings),
        ),
      )
      .orderBy(events.startsAt),
    db
      .selectDistinct({ communeId: organisations.communeId })
      .from(participations)
      .innerJoin(organisations, eq(organisations.id, participations.organisationId))
      .innerJoin(communes, and(eq(communes.id, organisations.communeId), eq(communes.networkId, networkId)))
      .where(
        and(eq(participations.networkId, networkId), inArray(participations.status, [...presentStatuses])),
      ),
    db.select({ n: count() }).from(communes).where(eq(communes.networkId, networkId)),
  ]);

  const held = councilRows.length;
  const average = (key: "present" | "excused") =>
    held ? round1(councilRows.reduce((sum, r) => sum + r[key], 0) / held) : null;

  const years = new Map<number, Date[]>();
  for (const m of networkMeetings) years.set(m.year, [...(years.get(m.year) ?? []), m.startsAt]);
  const medianIntervalByYear = [...years.entries()]
    .sort(([x], [y]) => y - x)
    .map(([year, dates]) => ({
      year,
      meetings: dates.length,
      medianDays: median(dates.slice(1).map((d, i) => parisDayNumber(d) - parisDayNumber(dates[i]!))),
    }));

  return {
    byTypeAndYear,
    councils: { held, averagePresent: average("present"), averageExcused: average("excused") },
    medianIntervalByYear,
    stoppedComing:
      held < 3
        ? null
        : await stoppedComing(
            db,
            networkId,
            councilRows.slice(0, 3).map((r) => r.id),
          ),
    communes: { present: communeRows.length, total: total?.n ?? 0 },
  };
}

async function stoppedComing(db: Db, networkId: string, lastCouncilIds: string[]) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(participations)
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(
      and(
        eq(participations.networkId, networkId),
        inArray(participations.eventId, lastCouncilIds),
        isNotNull(participations.organisationId),
      ),
    )
    .groupBy(organisations.id, organisations.name)
    .having(
      and(
        sql`count(distinct ${participations.eventId}) = ${lastCouncilIds.length}`,
        sql`count(*) filter (where ${participations.status} in ('present', 'late')) = 0`,
      ),
    )
    .orderBy(organisations.name);
}

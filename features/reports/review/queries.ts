import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { executeRows } from "@/db/execute";
import { reviewSections } from "@/db/schema";
import type { Db } from "@/db/types";
import {
  findIndicator,
  getDashboard,
  loadSeries,
  staffTotals,
  type Dashboard,
} from "@/features/dashboards/queries";
import { eventTypes, type EventType } from "@/lib/domain/enums";

// The yearly review (bilan annuel) reads the dashboard's own queries for every figure: the same
// registry, the same comparisons, the same staff totals. What it adds is lists (meetings by type
// through the registry's filter, the SERD's labelled actions, the organisations that took part)
// and the coordinator's text.

type Scope = { networkId: string };

const meetingFigures = ["held", "averagePresent", "averageExcused", "communesPresent"] as const;
export type MeetingsByType = { eventType: EventType } & Record<
  (typeof meetingFigures)[number],
  number | null
>;

/** The meetings figures of a year, one row per meeting type held that year (the registry's filter). */
async function meetingsByType(db: Db, { networkId, year, today }: Scope & { year: number; today: string }) {
  const requests = eventTypes.flatMap((eventType) =>
    meetingFigures.map((f) => ({ indicator: findIndicator(`meetings.${f}`)!, filter: { eventType } })),
  );
  const series = await loadSeries(db, { networkId, today, requests });
  const rows: MeetingsByType[] = eventTypes.map((eventType, i) => {
    const at = (j: number) =>
      series[i * meetingFigures.length + j]!.find((p) => p.year === year)?.value ?? null;
    return { eventType, held: at(0), averagePresent: at(1), averageExcused: at(2), communesPresent: at(3) };
  });
  return rows.filter((r) => (r.held ?? 0) > 0);
}

export type SerdHighlight = { title: string; organisation: string | null; participants: number | null };

/** The labelled actions of the year's SERD edition, most attended first. */
async function serdHighlights(db: Db, { networkId, year }: Scope & { year: number }) {
  return executeRows<SerdHighlight>(
    db,
    sql`select a.title, o.name as organisation, sum(oc.actual_participants)::int as participants
          from serd_actions a
          join serd_editions e on e.id = a.edition_id and e.network_id = a.network_id
          left join organisations o on o.id = a.lead_organisation_id and o.network_id = a.network_id
          left join serd_occurrences oc on oc.action_id = a.id and oc.network_id = a.network_id
         where a.network_id = ${networkId} and e.year = ${year} and a.status = 'labelled'
         group by a.id, a.title, o.name
         order by sum(oc.actual_participants) desc nulls last, a.title
         limit 12`,
  );
}

export type ReviewPartner = { name: string; actorType: string; commune: string | null };

/**
 * The organisations that took part in the year: present at a held meeting, or leading or
 * co-organising a labelled action of the year's SERD edition.
 */
async function partners(db: Db, { networkId, year }: Scope & { year: number }) {
  return executeRows<ReviewPartner>(
    db,
    sql`with took_part as (
          select p.organisation_id as id
            from participations p
            join events ev on ev.id = p.event_id and ev.network_id = p.network_id
           where p.network_id = ${networkId} and ev.status = 'held' and p.status in ('present', 'late')
             and extract(year from ev.starts_at at time zone 'Europe/Paris')::int = ${year}
          union
          select a.lead_organisation_id
            from serd_actions a join serd_editions e on e.id = a.edition_id and e.network_id = a.network_id
           where a.network_id = ${networkId} and e.year = ${year} and a.status = 'labelled'
          union
          select c.organisation_id
            from serd_action_coorganisers c
            join serd_actions a on a.id = c.action_id and a.network_id = c.network_id
            join serd_editions e on e.id = a.edition_id and e.network_id = a.network_id
           where c.network_id = ${networkId} and e.year = ${year} and a.status = 'labelled'
        )
        select o.name, o.actor_type as "actorType", cm.name as commune
          from organisations o
          join took_part t on t.id = o.id
          left join communes cm on cm.id = o.commune_id and cm.network_id = o.network_id
         where o.network_id = ${networkId}
         order by o.actor_type, o.search_text`,
  );
}

export type ReviewSections = {
  introduction: string;
  highlights: string;
  outlook: string;
  updatedAt: Date | null;
};

export async function getReviewSections(db: Db, { networkId, year }: Scope & { year: number }) {
  const [row] = await db
    .select()
    .from(reviewSections)
    .where(and(eq(reviewSections.networkId, networkId), eq(reviewSections.year, year)));
  return {
    introduction: row?.introduction ?? "",
    highlights: row?.highlights ?? "",
    outlook: row?.outlook ?? "",
    updatedAt: row?.updatedAt ?? null,
  } satisfies ReviewSections;
}

export type Review = {
  year: number;
  /** Some figure, recorded value or staff time exists for the year. */
  hasData: boolean;
  dashboard: Dashboard;
  staff: Awaited<ReturnType<typeof staffTotals>>;
  meetingsByType: MeetingsByType[];
  serdHighlights: SerdHighlight[];
  partners: ReviewPartner[];
  sections: ReviewSections;
};

/** Everything the yearly review of `year` shows, from the dashboard's queries and the records. */
export async function getReview(
  db: Db,
  { networkId, year, today }: Scope & { year: number; today: string },
): Promise<Review> {
  const [dashboard, staff, byType, highlights, organisations, sections] = await Promise.all([
    getDashboard(db, { networkId, year, today }),
    staffTotals(db, { networkId, year }),
    meetingsByType(db, { networkId, year, today }),
    serdHighlights(db, { networkId, year }),
    partners(db, { networkId, year }),
    getReviewSections(db, { networkId, year }),
  ]);
  const hasData =
    dashboard.figures.some((f) => f.point?.value !== null && f.point !== null) ||
    dashboard.recorded.some((r) => r.point?.value !== null && r.point !== null) ||
    staff.total.hours > 0;
  return {
    year,
    hasData,
    dashboard,
    staff,
    meetingsByType: byType,
    serdHighlights: highlights,
    partners: organisations,
    sections,
  };
}

/** The years a review can present: those with any figure (the dashboard's years), latest first. */
export async function listReviewYears(db: Db, { networkId, today }: Scope & { today: string }) {
  return (await getDashboard(db, { networkId, year: null, today })).years;
}

import "server-only";
import { sql } from "drizzle-orm";
import { executeRows } from "@/db/execute";
import type { AnyIndicator, IndicatorSource, PointStage } from "@/features/dashboards/constants";
import { eventTypes } from "@/lib/domain/enums";

// The meetings' figures for the dashboard, per Paris year, over held meetings only (a planned or
// cancelled meeting counts nowhere). Filter: one meeting type.

type Row = {
  year: number;
  stage: PointStage;
  held: number;
  averagePresent: number | null;
  averageExcused: number | null;
  communes: number;
  organisations: number;
  /** Organisations present in the previous year and not in this one (null: no meeting held last year). */
  stopped: number | null;
  /** Distinct Paris days with a held site visit: three visits on one day are one visit day. */
  visitDays: number;
  /** Distinct working groups (series of working-group meetings) that met. */
  workingGroups: number;
};

const source: IndicatorSource<Row> = {
  key: "meetings.yearly",
  async load(db, { networkId, filter, today }) {
    const type = eventTypes.find((t) => t === filter.eventType);
    const rows = await executeRows<Omit<Row, "stage">>(
      db,
      sql`
      with ev as (
        select e.id, extract(year from e.starts_at at time zone 'Europe/Paris')::int as year,
               e.event_type, e.series_id, (e.starts_at at time zone 'Europe/Paris')::date as day
        from events e
        where e.network_id = ${networkId} and e.status = 'held'
          ${type ? sql`and e.event_type = ${type}` : sql``}
      ),
      per as (
        select ev.year, ev.id, ev.event_type, ev.series_id, ev.day,
               count(p.id) filter (where p.status in ('present', 'late'))::int as present,
               count(p.id) filter (where p.status = 'excused')::int as excused
        from ev left join participations p on p.event_id = ev.id and p.network_id = ${networkId}
        group by ev.year, ev.id, ev.event_type, ev.series_id, ev.day
      ),
      came as (
        select ev.year, count(distinct c.id)::int as communes, count(distinct p.organisation_id)::int as organisations
        from ev
        join participations p on p.event_id = ev.id and p.network_id = ${networkId} and p.status in ('present', 'late')
        left join organisations o on o.id = p.organisation_id and o.network_id = ${networkId}
        left join communes c on c.id = o.commune_id and c.network_id = ${networkId}
        group by ev.year
      ),
      org_years as (
        select distinct ev.year, p.organisation_id
        from ev join participations p on p.event_id = ev.id and p.network_id = ${networkId}
        where p.status in ('present', 'late') and p.organisation_id is not null
      ),
      stopped as (
        select a.year + 1 as year, count(*)::int as stopped
        from org_years a
        where not exists (select 1 from org_years b where b.year = a.year + 1 and b.organisation_id = a.organisation_id)
        group by a.year + 1
      )
      select per.year, count(*)::int as held,
             round(avg(per.present), 1)::float as "averagePresent",
             round(avg(per.excused), 1)::float as "averageExcused",
             coalesce(max(came.communes), 0)::int as communes,
             coalesce(max(came.organisations), 0)::int as organisations,
             case when exists (select 1 from ev where ev.year = per.year - 1)
                  then coalesce(max(stopped.stopped), 0) end::int as stopped,
             count(distinct per.day) filter (where per.event_type = 'site_visit')::int as "visitDays",
             count(distinct per.series_id) filter (where per.event_type = 'working_group')::int as "workingGroups"
      from per left join came on came.year = per.year left join stopped on stopped.year = per.year
      group by per.year
      order by per.year`,
    );
    const thisYear = Number(today.slice(0, 4));
    return rows.map((r) => ({ ...r, stage: r.year < thisYear ? "final" : "open" }));
  },
};

const typeFilter = [
  { key: "eventType", values: eventTypes, labelKey: (v: string) => `meetings.eventTypes.${v}` },
];
const def = (id: string, key: string, value: (r: Row) => number | null): AnyIndicator => ({
  id: `meetings.${id}`,
  area: "meetings",
  labelKey: `dashboards.indicators.${key}.label`,
  definitionKey: `dashboards.indicators.${key}.definition`,
  unit: "count",
  filters: typeFilter,
  source,
  value,
});

export const meetingIndicators: AnyIndicator[] = [
  def("held", "meetingsHeld", (r) => r.held),
  def("averagePresent", "meetingsAveragePresent", (r) => r.averagePresent),
  def("averageExcused", "meetingsAverageExcused", (r) => r.averageExcused),
  def("communesPresent", "meetingsCommunesPresent", (r) => r.communes),
  def("organisationsPresent", "meetingsOrganisationsPresent", (r) => r.organisations),
  def("organisationsStopped", "meetingsOrganisationsStopped", (r) => r.stopped),
  def("visitDays", "meetingsVisitDays", (r) => r.visitDays),
  def("workingGroups", "meetingsWorkingGroups", (r) => r.workingGroups),
];

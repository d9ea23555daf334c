import "server-only";
import { sql } from "drizzle-orm";
import { executeRows } from "@/db/execute";
import type { AnyIndicator, IndicatorSource, PointStage } from "@/features/dashboards/constants";
import { actorTypes, engagementStatuses, type EngagementStatus } from "@/lib/domain/enums";

// The network's size for the dashboard: organisations in the directory at the end of each year
// (added before, not archived by then) and the member communes they cover. The current year is
// "so far". Filter: one actor type.

type Row = {
  year: number;
  stage: PointStage;
  organisations: number;
  communes: number;
  /** Organisations by their engagement status at the end of the year (its last change by then). */
  byStatus: Record<EngagementStatus, number>;
};

const source: IndicatorSource<Row> = {
  key: "directory.yearly",
  async load(db, { networkId, filter, today }) {
    const type = actorTypes.find((t) => t === filter.actorType);
    const thisYear = Number(today.slice(0, 4));
    const rows = await executeRows<Omit<Row, "stage" | "byStatus"> & Record<EngagementStatus, number>>(
      db,
      sql`
      with orgs as (
        select o.id, o.status, o.created_at, o.archived_at, o.commune_id
        from organisations o
        where o.network_id = ${networkId} ${type ? sql`and o.actor_type = ${type}` : sql``}
      ),
      years as (
        select generate_series(
          (select min(extract(year from created_at at time zone 'Europe/Paris'))::int from orgs),
          ${thisYear}::int) as year
      )
      select y.year,
             count(o.*)::int as organisations,
             count(distinct c.id)::int as communes,
             ${sql.join(
               engagementStatuses.map(
                 (st) =>
                   sql`count(o.*) filter (where coalesce(s.to_status, o.status) = ${st})::int as ${sql.identifier(st)}`,
               ),
               sql`, `,
             )}
      from years y
      left join orgs o
        on o.created_at < make_timestamptz(y.year + 1, 1, 1, 0, 0, 0, 'Europe/Paris')
       and (o.archived_at is null or o.archived_at >= make_timestamptz(y.year + 1, 1, 1, 0, 0, 0, 'Europe/Paris'))
      left join communes c on c.id = o.commune_id and c.network_id = ${networkId}
      left join lateral (
        select sc.to_status from organisation_status_changes sc
        where sc.network_id = ${networkId} and sc.organisation_id = o.id
          and sc.changed_at < make_timestamptz(y.year + 1, 1, 1, 0, 0, 0, 'Europe/Paris')
        order by sc.changed_at desc limit 1
      ) s on true
      group by y.year
      order by y.year`,
    );
    return rows.map((r) => ({
      year: r.year,
      organisations: r.organisations,
      communes: r.communes,
      byStatus: Object.fromEntries(engagementStatuses.map((st) => [st, r[st]])) as Row["byStatus"],
      stage: r.year < thisYear ? "final" : "open",
    }));
  },
};

const typeFilter = [
  { key: "actorType", values: actorTypes, labelKey: (v: string) => `directory.actorTypes.${v}` },
];

export const directoryIndicators: AnyIndicator[] = [
  {
    id: "directory.organisations",
    area: "directory",
    labelKey: "dashboards.indicators.directoryOrganisations.label",
    definitionKey: "dashboards.indicators.directoryOrganisations.definition",
    unit: "count",
    filters: typeFilter,
    source,
    value: (r: Row) => r.organisations,
  },
  {
    id: "directory.communesCovered",
    area: "directory",
    labelKey: "dashboards.indicators.directoryCommunes.label",
    definitionKey: "dashboards.indicators.directoryCommunes.definition",
    unit: "count",
    filters: typeFilter,
    source,
    value: (r: Row) => r.communes,
  },
  ...engagementStatuses.map((status): AnyIndicator => ({
    id: `directory.status${status[0]!.toUpperCase()}${status.slice(1)}`,
    area: "directory",
    labelKey: `dashboards.indicators.directoryStatus.${status}.label`,
    definitionKey: `dashboards.indicators.directoryStatus.${status}.definition`,
    unit: "count",
    filters: typeFilter,
    source,
    value: (r: Row) => r.byStatus[status],
  })),
];

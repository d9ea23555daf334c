import "server-only";
import { sql } from "drizzle-orm";
import { executeRows } from "@/db/execute";
import type { AnyIndicator, IndicatorSource, PointStage } from "@/features/dashboards/constants";

// The shared-tools figures for the dashboard, one point per calendar year (Paris time): resources
// published, downloads, loans checked out and the days kits spent away from their owner. The
// current year is "open": its figures still grow.

type Row = {
  year: number;
  stage: PointStage;
  published: number;
  downloads: number;
  loans: number;
  daysLent: number;
};

const source: IndicatorSource<Row> = {
  key: "tools.years",
  async load(db, { networkId, today }) {
    const rows = await executeRows<Omit<Row, "stage" | "daysLent"> & { days_lent: number }>(
      db,
      sql`
      with published as (
        select extract(year from published_at at time zone 'Europe/Paris')::int as year, count(*)::int as n
        from tool_resources
        where network_id = ${networkId} and status = 'published' and published_at is not null
        group by 1
      ),
      downloads as (
        select extract(year from at at time zone 'Europe/Paris')::int as year, count(*)::int as n
        from tool_resource_downloads where network_id = ${networkId} group by 1
      ),
      loans as (
        select extract(year from checked_out_on)::int as year, count(*)::int as n,
               sum(coalesce(returned_on, least(due_on, ${today}::date)) - checked_out_on + 1)::int as days
        from tool_loans where network_id = ${networkId} and checked_out_on <= ${today}::date group by 1
      ),
      years as (select year from published union select year from downloads union select year from loans)
      select y.year, coalesce(p.n, 0)::int as published, coalesce(d.n, 0)::int as downloads,
             coalesce(l.n, 0)::int as loans, coalesce(l.days, 0)::int as days_lent
      from years y
      left join published p on p.year = y.year
      left join downloads d on d.year = y.year
      left join loans l on l.year = y.year
      order by y.year`,
    );
    const thisYear = Number(today.slice(0, 4));
    return rows.map(({ days_lent, ...r }) => ({
      ...r,
      daysLent: days_lent,
      stage: r.year >= thisYear ? "open" : "final",
    }));
  },
};

const def = (id: string, key: string, value: (r: Row) => number): AnyIndicator => ({
  id: `tools.${id}`,
  area: "tools",
  labelKey: `dashboards.indicators.${key}.label`,
  definitionKey: `dashboards.indicators.${key}.definition`,
  unit: "count",
  source,
  value,
});

export const toolsIndicators: AnyIndicator[] = [
  def("published", "toolsPublished", (r) => r.published),
  def("downloads", "toolsDownloads", (r) => r.downloads),
  def("loans", "toolsLoans", (r) => r.loans),
  def("daysLent", "toolsDaysLent", (r) => r.daysLent),
];

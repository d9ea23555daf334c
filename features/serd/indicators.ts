import "server-only";
import { sql } from "drizzle-orm";
import { executeRows } from "@/db/execute";
import type { AnyIndicator, IndicatorSource, PointStage } from "@/features/dashboards/constants";

// The SERD figures for the dashboard, one point per edition (its year), labelled actions only, as
// in ./figures.ts. An edition is "open" until its last day has passed: its figures still grow, so
// the dashboard never sets them against a finished edition.

type Row = {
  year: number;
  stage: PointStage;
  occurrences: number;
  actions: number;
  organisers: number;
  participants: number;
  contributions: number;
};

const source: IndicatorSource<Row> = {
  key: "serd.editions",
  async load(db, { networkId, today }) {
    const rows = await executeRows<
      Omit<Row, "stage" | "contributions"> & { ends_on: string; contributions: string }
    >(
      db,
      sql`
      with la as (
        select a.id, a.edition_id, a.lead_organisation_id,
               count(o.id)::int as n, coalesce(sum(o.actual_participants), 0)::int as actual
        from serd_actions a
        left join serd_occurrences o on o.action_id = a.id and o.network_id = a.network_id
        where a.network_id = ${networkId} and a.status = 'labelled'
        group by a.id
      ),
      orgs as (
        select edition_id, lead_organisation_id as id from la
        union
        select la.edition_id, c.organisation_id
        from serd_action_coorganisers c join la on la.id = c.action_id
        where c.network_id = ${networkId}
      ),
      totals as (
        select edition_id, count(*)::int as actions, sum(n)::int as occurrences, sum(actual)::int as participants
        from la group by edition_id
      ),
      organisers as (select edition_id, count(*)::int as organisers from orgs group by edition_id),
      contrib as (
        select c.edition_id, sum(c.amount_eur) as amount
        from contributions c
        left join serd_actions a on a.id = c.action_id and a.network_id = c.network_id
        where c.network_id = ${networkId} and (c.action_id is null or a.status = 'labelled')
        group by c.edition_id
      )
      select e.year, e.ends_on::text as ends_on,
             coalesce(t.occurrences, 0)::int as occurrences, coalesce(t.actions, 0)::int as actions,
             coalesce(g.organisers, 0)::int as organisers, coalesce(t.participants, 0)::int as participants,
             coalesce(c.amount, 0)::text as contributions
      from serd_editions e
      left join totals t on t.edition_id = e.id
      left join organisers g on g.edition_id = e.id
      left join contrib c on c.edition_id = e.id
      where e.network_id = ${networkId}
      order by e.year`,
    );
    return rows.map(({ ends_on, contributions, ...r }) => ({
      ...r,
      contributions: Number(contributions),
      stage: ends_on < today ? "final" : "open",
    }));
  },
};

const def = (
  id: string,
  key: string,
  value: (r: Row) => number,
  unit: "count" | "eur" = "count",
): AnyIndicator => ({
  id: `serd.${id}`,
  area: "serd",
  labelKey: `dashboards.indicators.${key}.label`,
  definitionKey: `dashboards.indicators.${key}.definition`,
  unit,
  source,
  value,
});

export const serdIndicators: AnyIndicator[] = [
  def("occurrences", "serdOccurrences", (r) => r.occurrences),
  def("actions", "serdActions", (r) => r.actions),
  def("organisers", "serdOrganisers", (r) => r.organisers),
  def("participants", "serdParticipants", (r) => r.participants),
  def("contributions", "serdContributions", (r) => r.contributions, "eur"),
];

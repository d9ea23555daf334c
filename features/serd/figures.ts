import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { executeRows } from "@/db/execute";
import { serdEditions } from "@/db/schema";
import type { Db } from "@/db/types";
import { ewwrCategoryOf, type ActorType, type EwwrCategory } from "@/lib/domain/enums";

// The SERD figures of an edition (or of every network's edition of a year, for the national
// benchmark), computed from the recorded actions, occurrences and contributions. Only labelled
// actions count. Two round trips: the edition, then three aggregate statements at once.

export type Breakdown = { actions: number; occurrences: number; participants: number };

export type EditionFigures = {
  year: number;
  occurrences: number;
  actions: number;
  /** Distinct organisations leading or co-organising at least one action (internal services included). */
  organisations: number;
  participants: { actual: number; expected: number; occurrencesWithActual: number };
  byTheme: Record<string, Breakdown>;
  byPublic: Record<string, Breakdown>;
  byCategory: Partial<Record<EwwrCategory, { organisations: number; actionsLed: number }>>;
  /** Communes in order of occurrences; a null id is "commune not given". */
  byCommune: ({ communeId: string | null; name: string | null } & Breakdown)[];
  contributions: { amountEur: number; staffDays: number; byKind: Record<string, number> };
  previous: { year: number; occurrences: number; actions: number } | null;
  /** Growth over the previous edition in %, one decimal; null without a previous edition (or from 0). */
  growth: { occurrences: number | null; actions: number | null };
  /**
   * Like with like (decision 0025): an edition whose week is not over is not compared with a
   * finished one (growth stays null); `gap` says the previous edition is not the year before.
   */
  comparison: { running: boolean; upcoming: boolean; gap: boolean };
};

type Scope = { actions: SQL; contributions: SQL };

type BreakdownRow = {
  dim: "total" | "theme" | "public" | "commune" | "lead" | "org";
  key: string | null;
  extra: string | null;
  actions: number;
  occurrences: number;
  participants: number;
  expected: number;
  with_actual: number;
};

function breakdownSql(scope: Scope): SQL {
  return sql`
    with la as (
      select a.id, a.network_id, a.lead_organisation_id, a.themes, a.target_publics,
             count(o.id)::int as n,
             coalesce(sum(o.actual_participants), 0)::int as actual,
             coalesce(sum(o.expected_participants), 0)::int as expected,
             count(o.actual_participants)::int as with_actual
      from serd_actions a
      left join serd_occurrences o on o.action_id = a.id and o.network_id = a.network_id
      where ${scope.actions} and a.status = 'labelled'
      group by a.id
    ),
    orgs as (
      select lead_organisation_id as id, network_id from la
      union
      select c.organisation_id, c.network_id
      from serd_action_coorganisers c join la on la.id = c.action_id and la.network_id = c.network_id
    )
    select 'total' as dim, null as key, null as extra, count(*)::int as actions,
           coalesce(sum(n), 0)::int as occurrences, coalesce(sum(actual), 0)::int as participants,
           coalesce(sum(expected), 0)::int as expected, coalesce(sum(with_actual), 0)::int as with_actual
    from la
    union all
    select 'theme', t.key, null, count(*)::int, sum(n)::int, sum(actual)::int, 0, 0
    from la, unnest(la.themes) as t(key) group by t.key
    union all
    select 'public', p.key, null, count(*)::int, sum(n)::int, sum(actual)::int, 0, 0
    from la, unnest(la.target_publics) as p(key) group by p.key
    union all
    select 'commune', o.commune_id::text, c.name, count(distinct o.action_id)::int, count(*)::int,
           coalesce(sum(o.actual_participants), 0)::int, 0, 0
    from la
    join serd_occurrences o on o.action_id = la.id and o.network_id = la.network_id
    left join communes c on c.id = o.commune_id and c.network_id = o.network_id
    group by o.commune_id, c.name
    union all
    select 'lead', org.actor_type::text, org.ewwr_category_override::text, count(*)::int, sum(n)::int, 0, 0, 0
    from la join organisations org on org.id = la.lead_organisation_id and org.network_id = la.network_id
    group by org.actor_type, org.ewwr_category_override
    union all
    select 'org', org.actor_type::text, org.ewwr_category_override::text, count(*)::int, 0, 0, 0, 0
    from orgs join organisations org on org.id = orgs.id and org.network_id = orgs.network_id
    group by org.actor_type, org.ewwr_category_override`;
}

function contributionSql(scope: Scope): SQL {
  return sql`
    select c.kind::text as kind, coalesce(sum(c.amount_eur), 0)::text as amount,
           coalesce(sum(c.days), 0)::text as days
    from contributions c
    left join serd_actions a on a.id = c.action_id and a.network_id = c.network_id
    where ${scope.contributions} and (c.action_id is null or a.status = 'labelled')
    group by c.kind`;
}

type PreviousRow = { year: number; actions: number; occurrences: number };

function assemble(
  year: number,
  rows: BreakdownRow[],
  contributionRows: { kind: string; amount: string; days: string }[],
  previous: PreviousRow | null,
): EditionFigures {
  const total = rows.find((r) => r.dim === "total");
  const figures: EditionFigures = {
    year,
    occurrences: total?.occurrences ?? 0,
    actions: total?.actions ?? 0,
    organisations: 0,
    participants: {
      actual: total?.participants ?? 0,
      expected: total?.expected ?? 0,
      occurrencesWithActual: total?.with_actual ?? 0,
    },
    byTheme: {},
    byPublic: {},
    byCategory: {},
    byCommune: [],
    contributions: { amountEur: 0, staffDays: 0, byKind: {} },
    previous,
    growth: { occurrences: null, actions: null },
    comparison: { running: false, upcoming: false, gap: previous !== null && previous.year < year - 1 },
  };
  const category = (r: BreakdownRow) =>
    (r.extra as EwwrCategory | null) ?? ewwrCategoryOf[r.key as ActorType];
  for (const r of rows) {
    const b = { actions: r.actions, occurrences: r.occurrences, participants: r.participants };
    if (r.dim === "theme") figures.byTheme[r.key!] = b;
    else if (r.dim === "public") figures.byPublic[r.key!] = b;
    else if (r.dim === "commune") figures.byCommune.push({ communeId: r.key, name: r.extra, ...b });
    else if (r.dim === "lead" || r.dim === "org") {
      const entry = (figures.byCategory[category(r)] ??= { organisations: 0, actionsLed: 0 });
      if (r.dim === "lead") entry.actionsLed += r.actions;
      else {
        entry.organisations += r.actions;
        figures.organisations += r.actions;
      }
    }
  }
  figures.byCommune.sort(
    (a, b) => b.occurrences - a.occurrences || (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff", "fr"),
  );
  for (const c of contributionRows) {
    const amount = Number(c.amount);
    figures.contributions.byKind[c.kind] = amount;
    figures.contributions.amountEur += amount;
    if (c.kind === "staff") figures.contributions.staffDays += Number(c.days);
  }
  const growth = (now: number, before: number) =>
    before > 0 ? Math.round(((now - before) / before) * 1000) / 10 : null;
  if (previous) {
    figures.growth = {
      occurrences: growth(figures.occurrences, previous.occurrences),
      actions: growth(figures.actions, previous.actions),
    };
  }
  return figures;
}

async function computeFigures(
  db: Db,
  year: number,
  scope: Scope,
  previousSql: SQL,
  stage: "upcoming" | "running" | null = null,
): Promise<EditionFigures> {
  const [rows, contributionRows, previousRows] = await Promise.all([
    executeRows<BreakdownRow>(db, breakdownSql(scope)),
    executeRows<{ kind: string; amount: string; days: string }>(db, contributionSql(scope)),
    executeRows<PreviousRow>(db, previousSql),
  ]);
  const figures = assemble(year, rows, contributionRows, previousRows[0] ?? null);
  if (stage) {
    // Not started, or its week not over: its actions are still coming, no growth figure yet.
    figures.comparison.running = stage === "running";
    figures.comparison.upcoming = stage === "upcoming";
    figures.growth = { occurrences: null, actions: null };
  }
  return figures;
}

/**
 * The figures of one edition of the network; null when the edition is not the network's. With
 * `today`, an edition whose week has not ended gets no growth figure (its actions are still coming).
 */
export async function getEditionFigures(
  db: Db,
  { networkId, editionId, today }: { networkId: string; editionId: string; today?: string },
): Promise<EditionFigures | null> {
  const [edition] = await db
    .select({
      id: serdEditions.id,
      year: serdEditions.year,
      startsOn: serdEditions.startsOn,
      endsOn: serdEditions.endsOn,
    })
    .from(serdEditions)
    .where(and(eq(serdEditions.networkId, networkId), eq(serdEditions.id, editionId)))
    .limit(1);
  if (!edition) return null;
  const scope: Scope = {
    actions: sql`a.network_id = ${networkId} and a.edition_id = ${editionId}`,
    contributions: sql`c.network_id = ${networkId} and c.edition_id = ${editionId}`,
  };
  const previousSql = sql`
    with prev as (
      select id, year from serd_editions where network_id = ${networkId} and year < ${edition.year}
      order by year desc limit 1
    )
    select prev.year,
           (select count(*)::int from serd_actions a
             where a.network_id = ${networkId} and a.edition_id = prev.id and a.status = 'labelled') as actions,
           (select count(*)::int from serd_occurrences o
             join serd_actions a on a.id = o.action_id and a.network_id = o.network_id
             where a.network_id = ${networkId} and a.edition_id = prev.id and a.status = 'labelled') as occurrences
    from prev`;
  const stage =
    today === undefined || today > edition.endsOn ? null : today < edition.startsOn ? "upcoming" : "running";
  return computeFigures(db, edition.year, scope, previousSql, stage);
}

/** Every network's edition of a year together (national figures, benchmark); growth over year − 1. */
export async function getAllNetworksFigures(db: Db, { year }: { year: number }): Promise<EditionFigures> {
  const editionsOf = (y: number) => sql`(select id from serd_editions where year = ${y})`;
  const scope: Scope = {
    actions: sql`a.edition_id in ${editionsOf(year)}`,
    contributions: sql`c.edition_id in ${editionsOf(year)}`,
  };
  const previousSql = sql`
    select ${year - 1}::int as year,
           (select count(*)::int from serd_actions a
             where a.edition_id in ${editionsOf(year - 1)} and a.status = 'labelled') as actions,
           (select count(*)::int from serd_occurrences o
             join serd_actions a on a.id = o.action_id and a.network_id = o.network_id
             where a.edition_id in ${editionsOf(year - 1)} and a.status = 'labelled') as occurrences
    where exists (select 1 from serd_editions where year = ${year - 1})`;
  return computeFigures(db, year, scope, previousSql);
}

/** The network's editions, newest first: the figures page's choices. */
export async function listFigureEditions(db: Db, { networkId }: { networkId: string }) {
  return db
    .select({ id: serdEditions.id, year: serdEditions.year })
    .from(serdEditions)
    .where(eq(serdEditions.networkId, networkId))
    .orderBy(sql`${serdEditions.year} desc`);
}

import "server-only";
import { and, asc, eq, gte, lte, sql } from "drizzle-orm";
import { executeRows } from "@/db/execute";
import { serdEditions, trainingCycles } from "@/db/schema";
import type { Db } from "@/db/types";
import { listObjectives, listRecordedIndicators, staffTotals } from "@/features/dashboards/queries";
import { getDirectoryFigures } from "@/features/directory/queries";
import { getEditionFigures } from "@/features/serd/queries";
import { getConversion, getCycleFigures } from "@/features/training/queries";
import type { ActorType, EventType, IndicatorUnit, ObjectiveDirection, StaffRole } from "@/lib/domain/enums";
import { ficheBlocksByKind, type FicheBlock, type FicheKind } from "./constants";

// The quantitative parts of a fiche, each computed by the areas' own queries over the period
// (Paris calendar days, both ends included). JSON-serialisable: a saved fiche stores them as they were.

export type FicheSpec = {
  kind: FicheKind;
  periodStart: string;
  periodEnd: string;
  /** Only this SERD edition (else every edition whose year is in the period). */
  editionId?: string | null;
  /** Only this training cycle (else every cycle that overlaps the period). */
  cycleId?: string | null;
};

export type Range = { min: number; max: number; average: number };

export type FicheFigures = {
  blocks: FicheBlock[];
  period: { start: string; end: string };
  directory: { contacts: number; organisations: number; relayActors: number } | null;
  objectives: {
    title: string;
    unit: string;
    direction: ObjectiveDirection;
    target: number;
    actual: number | null;
    actualAt: string | null;
    status: string;
    periodStart: string;
    periodEnd: string;
  }[];
  /**
   * Held meetings of the period by type (training sessions are the training's), with the spread of
   * invited, present and excused per meeting, the calendar days they took (three site visits on one
   * day are one visit day), the recurring groups (series) they belong to, and the median days
   * between two meetings of the type.
   */
  meetings: {
    eventType: EventType;
    held: number;
    days: number;
    groups: number;
    medianIntervalDays: number | null;
    invited: Range;
    present: Range;
    excused: Range;
  }[];
  /**
   * The period's timeline: each recurring series of meetings (its first and last held day, its
   * meetings) and each one-off held meeting (one-offs of the same title together), oldest first (training sessions are the training's).
   */
  planning: { start: string; end: string; title: string; held: number; series: boolean }[];
  /** Member communes with someone present at a held meeting of the period. */
  communes: { present: number; total: number } | null;
  /** Member collectivities of the network in its directory (EPCIs and communes), by type. */
  members: { actorType: ActorType; organisations: number }[] | null;
  /** Shared tools: resources published in the period (of which fiches méthodes), kits lent. */
  tools: { published: number; methodSheets: number; loans: number; daysLent: number } | null;
  /** Recorded indicators: each one's latest value dated in the period. */
  recorded: { name: string; unit: IndicatorUnit; value: number; date: string }[];
  serd: {
    year: number;
    occurrences: number;
    actions: number;
    organisations: number;
    contributionsEur: number;
    previousYear: number | null;
    growthOccurrences: number | null;
  }[];
  training: {
    title: string;
    enrolled: number;
    trained: number;
    modules: number;
    sessionsHeld: number;
    hoursDelivered: number;
    conversion: { year: number; acting: number; trained: number; share: number | null } | null;
  }[];
  /** Staff time by calendar year of the period (entries by their first day). */
  staff: {
    year: number;
    byRole: { staffRole: StaffRole; hours: number; days: number; cost: number }[];
    total: { hours: number; days: number; cost: number; fte: number };
  }[];
  /** Organisations mobilised in the period (present at a held meeting, or acting in a labelled SERD action), by type. */
  partners: { actorType: ActorType; organisations: number }[];
};

type Scope = { networkId: string; start: string; end: string };

async function meetingFigures(db: Db, { networkId, start, end }: Scope) {
  const rows = await executeRows<{
    event_type: EventType;
    held: number;
    days: number;
    groups: number;
    median_interval: number | null;
    invited_min: number;
    invited_max: number;
    invited_avg: number;
    present_min: number;
    present_max: number;
    present_avg: number;
    excused_min: number;
    excused_max: number;
    excused_avg: number;
  }>(
    db,
    sql`
    with per as (
      select e.id, e.event_type, e.series_id,
             (e.starts_at at time zone 'Europe/Paris')::date as day,
             count(p.id)::int as invited,
             count(p.id) filter (where p.status in ('present', 'late'))::int as present,
             count(p.id) filter (where p.status = 'excused')::int as excused
      from events e
      left join participations p on p.event_id = e.id and p.network_id = e.network_id
      where e.network_id = ${networkId} and e.status = 'held' and e.event_type <> 'training_session'
        and (e.starts_at at time zone 'Europe/Paris')::date between ${start}::date and ${end}::date
      group by e.id, e.event_type, e.series_id, e.starts_at
    ),
    days as (
      select distinct event_type, day from per
    ),
    gaps as (
      select event_type, day - lag(day) over (partition by event_type order by day) as gap from days
    ),
    intervals as (
      select event_type, percentile_cont(0.5) within group (order by gap)::float as median_interval
      from gaps where gap is not null group by event_type
    )
    select per.event_type, count(*)::int as held,
           count(distinct per.day)::int as days,
           count(distinct per.series_id)::int as groups,
           min(i.median_interval)::float as median_interval,
           min(invited)::int as invited_min, max(invited)::int as invited_max, round(avg(invited), 1)::float as invited_avg,
           min(present)::int as present_min, max(present)::int as present_max, round(avg(present), 1)::float as present_avg,
           min(excused)::int as excused_min, max(excused)::int as excused_max, round(avg(excused), 1)::float as excused_avg
    from per left join intervals i on i.event_type = per.event_type
    group by per.event_type order by count(*) desc, per.event_type`,
  );
  const range = (r: (typeof rows)[number], k: "invited" | "present" | "excused"): Range => ({
    min: r[`${k}_min`],
    max: r[`${k}_max`],
    average: r[`${k}_avg`],
  });
  return rows.map((r) => ({
    eventType: r.event_type,
    held: r.held,
    days: r.days,
    groups: r.groups,
    medianIntervalDays: r.median_interval,
    invited: range(r, "invited"),
    present: range(r, "present"),
    excused: range(r, "excused"),
  }));
}

async function planningFigures(db: Db, { networkId, start, end }: Scope) {
  return executeRows<{ start: string; end: string; title: string; held: number; series: boolean }>(
    db,
    sql`
    with held as (
      select e.id, e.series_id, e.title, (e.starts_at at time zone 'Europe/Paris')::date as day
      from events e
      where e.network_id = ${networkId} and e.status = 'held' and e.event_type <> 'training_session'
        and (e.starts_at at time zone 'Europe/Paris')::date between ${start}::date and ${end}::date
    )
    select to_char(min(h.day), 'YYYY-MM-DD') as start, to_char(max(h.day), 'YYYY-MM-DD') as "end",
           coalesce(min(s.title), min(h.title)) as title, count(*)::int as held, h.series_id is not null as series
    from held h left join event_series s on s.id = h.series_id and s.network_id = ${networkId}
    group by coalesce(h.series_id::text, h.title), h.series_id is not null
    order by min(h.day), 3`,
  );
}

async function communeFigures(db: Db, { networkId, start, end }: Scope) {
  const [row] = await executeRows<{ present: number; total: number }>(
    db,
    sql`select
      (select count(distinct o.commune_id)::int
         from participations p
         join events e on e.id = p.event_id and e.network_id = p.network_id
         join organisations o on o.id = p.organisation_id and o.network_id = p.network_id
         join communes c on c.id = o.commune_id and c.network_id = o.network_id
        where p.network_id = ${networkId} and p.status in ('present', 'late') and e.status = 'held'
          and (e.starts_at at time zone 'Europe/Paris')::date between ${start}::date and ${end}::date) as present,
      (select count(*)::int from communes where network_id = ${networkId}) as total`,
  );
  return row ?? { present: 0, total: 0 };
}

async function memberFigures(db: Db, { networkId }: Scope) {
  return executeRows<{ actorType: ActorType; organisations: number }>(
    db,
    sql`select actor_type as "actorType", count(*)::int as organisations
          from organisations
         where network_id = ${networkId} and actor_type in ('epci', 'municipality') and archived_at is null
         group by actor_type order by 2 desc, 1`,
  );
}

async function toolFigures(db: Db, { networkId, start, end }: Scope, today: string) {
  const [row] = await executeRows<{
    published: number;
    method_sheets: number;
    loans: number;
    days_lent: number;
  }>(
    db,
    sql`select
      (select count(*)::int from tool_resources
        where network_id = ${networkId} and status = 'published' and published_at is not null
          and (published_at at time zone 'Europe/Paris')::date between ${start}::date and ${end}::date) as published,
      (select count(*)::int from tool_resources
        where network_id = ${networkId} and status = 'published' and kind = 'method_sheet' and published_at is not null
          and (published_at at time zone 'Europe/Paris')::date between ${start}::date and ${end}::date) as method_sheets,
      (select count(*)::int from tool_loans
        where network_id = ${networkId} and checked_out_on between ${start}::date and least(${end}::date, ${today}::date)) as loans,
      (select coalesce(sum(coalesce(returned_on, least(due_on, ${today}::date)) - checked_out_on + 1), 0)::int from tool_loans
        where network_id = ${networkId} and checked_out_on between ${start}::date and least(${end}::date, ${today}::date)) as days_lent`,
  );
  return row
    ? { published: row.published, methodSheets: row.method_sheets, loans: row.loans, daysLent: row.days_lent }
    : { published: 0, methodSheets: 0, loans: 0, daysLent: 0 };
}

async function recordedFigures(db: Db, { networkId, start, end }: Scope) {
  const indicators = await listRecordedIndicators(db, { networkId });
  return indicators.flatMap((i) => {
    const inPeriod = i.values.filter((v) => v.date >= start && v.date <= end);
    const last = inPeriod.at(-1);
    return last ? [{ name: i.name, unit: i.unit, value: last.value, date: last.date }] : [];
  });
}

async function partnerFigures(db: Db, { networkId, start, end }: Scope, editionIds: string[]) {
  const editions = editionIds.length
    ? sql`a.edition_id in (${sql.join(
        editionIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`false`;
  return executeRows<{ actorType: ActorType; organisations: number }>(
    db,
    sql`
    with mobilised as (
      select p.organisation_id as id
        from participations p
        join events e on e.id = p.event_id and e.network_id = p.network_id
       where p.network_id = ${networkId} and p.status in ('present', 'late') and e.status = 'held'
         and p.organisation_id is not null
         and (e.starts_at at time zone 'Europe/Paris')::date between ${start}::date and ${end}::date
      union
      select a.lead_organisation_id from serd_actions a
       where a.network_id = ${networkId} and a.status = 'labelled' and ${editions}
      union
      select c.organisation_id from serd_action_coorganisers c
        join serd_actions a on a.id = c.action_id and a.network_id = c.network_id
       where c.network_id = ${networkId} and a.status = 'labelled' and ${editions}
    )
    select o.actor_type as "actorType", count(*)::int as organisations
      from mobilised m join organisations o on o.id = m.id and o.network_id = ${networkId}
     group by o.actor_type order by 2 desc, 1`,
  );
}

async function serdFigures(db: Db, scope: Scope, spec: FicheSpec, today: string) {
  const editions = await db
    .select({ id: serdEditions.id, year: serdEditions.year })
    .from(serdEditions)
    .where(
      and(
        eq(serdEditions.networkId, scope.networkId),
        spec.editionId
          ? eq(serdEditions.id, spec.editionId)
          : and(
              gte(serdEditions.year, Number(scope.start.slice(0, 4))),
              lte(serdEditions.year, Number(scope.end.slice(0, 4))),
            ),
      ),
    )
    .orderBy(asc(serdEditions.year));
  const figures = await Promise.all(
    editions.map((e) => getEditionFigures(db, { networkId: scope.networkId, editionId: e.id, today })),
  );
  return {
    editions,
    rows: figures
      .filter((f) => f !== null)
      .map((f) => ({
        year: f.year,
        occurrences: f.occurrences,
        actions: f.actions,
        organisations: f.organisations,
        contributionsEur: Math.round(f.contributions.amountEur * 100) / 100,
        previousYear: f.previous?.year ?? null,
        growthOccurrences: f.growth.occurrences,
      })),
  };
}

async function trainingFigures(
  db: Db,
  scope: Scope,
  spec: FicheSpec,
  editions: { id: string; year: number }[],
  now: Date,
) {
  const cycles = await db
    .select({ id: trainingCycles.id, title: trainingCycles.title, endsOn: trainingCycles.endsOn })
    .from(trainingCycles)
    .where(
      and(
        eq(trainingCycles.networkId, scope.networkId),
        spec.cycleId
          ? eq(trainingCycles.id, spec.cycleId)
          : and(lte(trainingCycles.startsOn, scope.end), gte(trainingCycles.endsOn, scope.start)),
      ),
    )
    .orderBy(asc(trainingCycles.startsOn));
  return Promise.all(
    cycles.map(async (c) => {
      const cycleScope = { networkId: scope.networkId, cycleId: c.id, now };
      const figures = await getCycleFigures(db, cycleScope);
      // Conversion to the SERD of the cycle's last year (the edition the trainees prepared).
      const edition = editions.find((e) => e.year === Number(c.endsOn.slice(0, 4)));
      const conversion = edition ? await getConversion(db, { ...cycleScope, editionId: edition.id }) : null;
      return {
        title: c.title,
        enrolled: figures?.enrolled ?? 0,
        trained: figures?.trained ?? 0,
        modules: figures?.byModule.length ?? 0,
        sessionsHeld: figures?.sessionsHeld ?? 0,
        hoursDelivered: figures?.hoursDelivered ?? 0,
        conversion: conversion
          ? {
              year: edition!.year,
              acting: conversion.acting,
              trained: conversion.trained,
              share: conversion.share,
            }
          : null,
      };
    }),
  );
}

async function staffFigures(db: Db, { networkId, start, end }: Scope) {
  const years = await executeRows<{ year: number }>(
    db,
    sql`select distinct extract(year from starts_on)::int as year from time_entries
        where network_id = ${networkId} and starts_on between ${start}::date and ${end}::date order by 1`,
  );
  const totals = await Promise.all(years.map(({ year }) => staffTotals(db, { networkId, year })));
  return totals.map((t) => ({
    year: t.year,
    byRole: t.byRole
      .map((r) => ({ staffRole: r.staffRole, hours: r.hours, days: r.days, cost: r.cost }))
      .sort((x, y) => y.hours - x.hours || x.staffRole.localeCompare(y.staffRole)),
    total: t.total,
  }));
}

async function objectiveFigures(db: Db, { networkId, start, end }: Scope, today: string) {
  const recorded = await listRecordedIndicators(db, { networkId });
  const all = await listObjectives(db, { networkId, today, recorded });
  return all
    .filter((o) => o.periodStart <= end && o.periodEnd >= start)
    .map((o) => ({
      title: o.title,
      unit: o.unit,
      direction: o.direction,
      target: o.target,
      actual: o.actual,
      actualAt: o.actualAt,
      status: o.status,
      periodStart: o.periodStart,
      periodEnd: o.periodEnd,
    }));
}

/** Every figure of a fiche of `spec` in the network, as of `today` (Paris) and `now`. */
export async function computeFicheFigures(
  db: Db,
  networkId: string,
  spec: FicheSpec,
  { today, now }: { today: string; now: Date },
): Promise<FicheFigures> {
  const scope: Scope = { networkId, start: spec.periodStart, end: spec.periodEnd };
  const blocks = [...ficheBlocksByKind[spec.kind]];
  const has = (b: FicheBlock) => blocks.includes(b);
  const serd = await serdFigures(db, scope, spec, today);
  const [
    directory,
    objectives,
    meetings,
    planning,
    communes,
    members,
    tools,
    recorded,
    training,
    staff,
    partners,
  ] = await Promise.all([
    has("directory") ? getDirectoryFigures(db, { networkId }) : null,
    has("objectives") ? objectiveFigures(db, scope, today) : [],
    has("meetings") ? meetingFigures(db, scope) : [],
    has("meetings") ? planningFigures(db, scope) : [],
    has("communes") ? communeFigures(db, scope) : null,
    has("members") ? memberFigures(db, scope) : null,
    has("tools") ? toolFigures(db, scope, today) : null,
    has("recorded") ? recordedFigures(db, scope) : [],
    has("training") ? trainingFigures(db, scope, spec, serd.editions, now) : [],
    has("staff") ? staffFigures(db, scope) : [],
    has("partners")
      ? partnerFigures(
          db,
          scope,
          serd.editions.map((e) => e.id),
        )
      : [],
  ]);
  return {
    blocks,
    period: { start: spec.periodStart, end: spec.periodEnd },
    directory: directory
      ? {
          contacts: directory.contacts,
          organisations: directory.organisations,
          relayActors: directory.relayActors,
        }
      : null,
    objectives,
    meetings,
    planning,
    communes,
    members,
    tools,
    recorded,
    serd: has("serd") ? serd.rows : [],
    training,
    staff,
    partners,
  };
}

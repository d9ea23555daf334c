import "server-only";
import { eq, sql } from "drizzle-orm";
import { executeRows } from "@/db/execute";
import { staffRoleCosts, staffTimeSettings } from "@/db/schema";
import type { Db } from "@/db/types";
import type { ActivityKind, StaffRole } from "@/lib/domain/enums";

// Reads of staff time: settings, totals by role and activity over a year, time spent on one activity.

export async function getStaffSettings(db: Db, { networkId }: { networkId: string }) {
  const [[settings], costs] = await Promise.all([
    db.select().from(staffTimeSettings).where(eq(staffTimeSettings.networkId, networkId)).limit(1),
    db.select().from(staffRoleCosts).where(eq(staffRoleCosts.networkId, networkId)),
  ]);
  return {
    yearlyWorkingHours: settings?.yearlyWorkingHours ?? 1607,
    hoursPerDay: Number(settings?.hoursPerDay ?? 7),
    costs: Object.fromEntries(costs.map((c) => [c.staffRole, Number(c.hourlyCostEur)])) as Partial<
      Record<StaffRole, number>
    >,
  };
}

export type StaffTotal = { hours: number; days: number; cost: number; fte: number };
export type StaffTotals = {
  year: number;
  total: StaffTotal;
  byRole: ({ staffRole: StaffRole } & StaffTotal)[];
  byActivity: ({ activityKind: ActivityKind; label: string } & StaffTotal)[];
};

type TotalRow = { key: string; label: string | null; hours: string; cost: string };

/** Staff time of a year (entries by their first day), by role and by activity, with cost and FTE share. */
export async function staffTotals(
  db: Db,
  { networkId, year }: { networkId: string; year: number },
): Promise<StaffTotals> {
  const [settings, rows] = await Promise.all([
    getStaffSettings(db, { networkId }),
    executeRows<TotalRow & { dim: string }>(
      db,
      sql`
    with t as (
      select t.staff_role, t.activity_kind, t.hours, t.hours * coalesce(c.hourly_cost_eur, 0) as cost,
             coalesce(e.title, case when ed.year is not null then 'SERD ' || ed.year end, tc.title, t.activity_label) as label
      from time_entries t
      left join staff_role_costs c on c.network_id = t.network_id and c.staff_role = t.staff_role
      left join events e on e.id = t.event_id and e.network_id = t.network_id
      left join serd_editions ed on ed.id = t.edition_id and ed.network_id = t.network_id
      left join training_cycles tc on tc.id = t.training_cycle_id and tc.network_id = t.network_id
      where t.network_id = ${networkId} and extract(year from t.starts_on) = ${year}
    )
    select 'role' as dim, staff_role::text as key, null as label, sum(hours)::text as hours, sum(cost)::text as cost
    from t group by staff_role
    union all
    select 'activity', activity_kind::text, label, sum(hours)::text, sum(cost)::text
    from t group by activity_kind, label
    order by 1, 4 desc`,
    ),
  ]);
  const total = (hours: number, cost: number): StaffTotal => ({
    hours: Math.round(hours * 100) / 100,
    days: Math.round((hours / settings.hoursPerDay) * 100) / 100,
    cost: Math.round(cost * 100) / 100,
    fte: Math.round((hours / settings.yearlyWorkingHours) * 1000) / 1000,
  });
  const byRole = rows
    .filter((r) => r.dim === "role")
    .map((r) => ({ staffRole: r.key as StaffRole, ...total(Number(r.hours), Number(r.cost)) }));
  const byActivity = rows
    .filter((r) => r.dim === "activity")
    .map((r) => ({
      activityKind: r.key as ActivityKind,
      label: r.label ?? "",
      ...total(Number(r.hours), Number(r.cost)),
    }));
  return {
    year,
    total: total(
      byRole.reduce((s, r) => s + r.hours, 0),
      byRole.reduce((s, r) => s + r.cost, 0),
    ),
    byRole,
    byActivity,
  };
}

export type ActivityRef =
  | { kind: "meeting"; eventId: string }
  | { kind: "serd_edition"; editionId: string }
  | { kind: "training_cycle"; cycleId: string };

/** Time spent on one meeting, SERD edition or training cycle, all roles together and by role. */
export async function staffTimeFor(
  db: Db,
  { networkId, activity }: { networkId: string; activity: ActivityRef },
) {
  const settings = await getStaffSettings(db, { networkId });
  const ref =
    activity.kind === "meeting"
      ? sql`t.event_id = ${activity.eventId}`
      : activity.kind === "serd_edition"
        ? sql`t.edition_id = ${activity.editionId}`
        : sql`t.training_cycle_id = ${activity.cycleId}`;
  const rows = await executeRows<{ staff_role: StaffRole; hours: string; cost: string }>(
    db,
    sql`select t.staff_role, sum(t.hours)::text as hours, sum(t.hours * coalesce(c.hourly_cost_eur, 0))::text as cost
        from time_entries t
        left join staff_role_costs c on c.network_id = t.network_id and c.staff_role = t.staff_role
        where t.network_id = ${networkId} and ${ref}
        group by t.staff_role order by 2 desc`,
  );
  const byRole = rows.map((r) => ({ staffRole: r.staff_role, hours: Number(r.hours), cost: Number(r.cost) }));
  const hours = byRole.reduce((s, r) => s + r.hours, 0);
  return {
    hours,
    days: Math.round((hours / settings.hoursPerDay) * 100) / 100,
    cost: Math.round(byRole.reduce((s, r) => s + r.cost, 0) * 100) / 100,
    byRole,
  };
}

/** The latest entries of the network (or of one person), for the time page, optionally of one year, role or activity. */
export async function listTimeEntries(
  db: Db,
  {
    networkId,
    personId,
    limit = 50,
    year,
    staffRole,
    activityKind,
  }: {
    networkId: string;
    personId?: string;
    limit?: number;
    year?: number;
    staffRole?: StaffRole;
    activityKind?: ActivityKind;
  },
) {
  return executeRows<{
    id: string;
    staff_role: StaffRole;
    activity_kind: ActivityKind;
    label: string;
    starts_on: string;
    ends_on: string;
    hours: string;
    person: string | null;
  }>(
    db,
    sql`select t.id, t.staff_role, t.activity_kind,
               coalesce(e.title, case when ed.year is not null then 'SERD ' || ed.year end, tc.title, t.activity_label) as label,
               t.starts_on::text, t.ends_on::text, t.hours::text, u.name as person
        from time_entries t
        left join events e on e.id = t.event_id and e.network_id = t.network_id
        left join serd_editions ed on ed.id = t.edition_id and ed.network_id = t.network_id
        left join training_cycles tc on tc.id = t.training_cycle_id and tc.network_id = t.network_id
        left join users u on u.id = t.person_id
        where t.network_id = ${networkId} ${personId ? sql`and t.person_id = ${personId}` : sql``}
          ${year ? sql`and t.starts_on >= make_date(${year}::int, 1, 1) and t.starts_on < make_date(${year}::int + 1, 1, 1)` : sql``}
          ${staffRole ? sql`and t.staff_role = ${staffRole}` : sql``}
          ${activityKind ? sql`and t.activity_kind = ${activityKind}` : sql``}
        order by t.starts_on desc, t.created_at desc limit ${limit}`,
  );
}

/** The years with time entries (latest first), for the time page's filter. */
export async function timeEntryYears(
  db: Db,
  { networkId, personId }: { networkId: string; personId?: string },
) {
  const rows = await executeRows<{ year: number }>(
    db,
    sql`select distinct extract(year from starts_on)::int as year from time_entries
        where network_id = ${networkId} ${personId ? sql`and person_id = ${personId}` : sql``}
        order by 1 desc`,
  );
  return rows.map((r) => Number(r.year));
}

/** Meetings (latest 200), SERD editions and training cycles a time entry may point at. */
export async function activityChoices(db: Db, { networkId }: { networkId: string }) {
  const [meetings, editions, cycles] = await Promise.all([
    executeRows<{ id: string; title: string; day: string }>(
      db,
      sql`select id, title, (starts_at at time zone 'Europe/Paris')::date::text as day from events
          where network_id = ${networkId} and status <> 'cancelled' order by starts_at desc limit 200`,
    ),
    executeRows<{ id: string; year: number }>(
      db,
      sql`select id, year from serd_editions where network_id = ${networkId} order by year desc`,
    ),
    executeRows<{ id: string; title: string }>(
      db,
      sql`select id, title from training_cycles where network_id = ${networkId} order by starts_on desc limit 100`,
    ),
  ]);
  return { meetings, editions, cycles };
}

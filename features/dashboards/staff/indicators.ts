import "server-only";
import { sql } from "drizzle-orm";
import { executeRows } from "@/db/execute";
import { staffRoles } from "@/lib/domain/enums";
import type { AnyIndicator, IndicatorSource, PointStage } from "../constants";

// Staff time for the dashboard, per year of each entry's first day: hours, their cost at the
// network's hourly cost of the role (0 when none is set), and the share of one FTE at the
// network's yearly working hours (1607 h unless set). Filter: one staff role.

type Row = { year: number; stage: PointStage; hours: number; cost: number; fte: number };

export const staffSource: IndicatorSource<Row> = {
  key: "staff.yearly",
  async load(db, { networkId, filter, today }) {
    const role = staffRoles.find((r) => r === filter.staffRole);
    const thisYear = Number(today.slice(0, 4));
    const rows = await executeRows<{ year: number; hours: string; cost: string; yearly: number }>(
      db,
      sql`
      select extract(year from t.starts_on)::int as year,
             sum(t.hours)::text as hours,
             coalesce(sum(t.hours * c.hourly_cost_eur), 0)::text as cost,
             coalesce((select s.yearly_working_hours from staff_time_settings s where s.network_id = ${networkId}), 1607)::int as yearly
      from time_entries t
      left join staff_role_costs c on c.network_id = t.network_id and c.staff_role = t.staff_role
      where t.network_id = ${networkId} ${role ? sql`and t.staff_role = ${role}` : sql``}
      group by 1
      order by 1`,
    );
    return rows.map((r) => ({
      year: r.year,
      stage: r.year < thisYear ? "final" : "open",
      hours: Number(r.hours),
      cost: Math.round(Number(r.cost) * 100) / 100,
      fte: Math.round((Number(r.hours) / r.yearly) * 1000) / 1000,
    }));
  },
};

const roleFilter = [
  { key: "staffRole", values: staffRoles, labelKey: (v: string) => `dashboards.staffRoles.${v}` },
];

export const staffIndicators: AnyIndicator[] = [
  {
    id: "staff.hours",
    area: "staff",
    labelKey: "dashboards.indicators.staffHours.label",
    definitionKey: "dashboards.indicators.staffHours.definition",
    unit: "hours",
    filters: roleFilter,
    source: staffSource,
    value: (r: Row) => r.hours,
  },
  {
    id: "staff.fte",
    area: "staff",
    labelKey: "dashboards.indicators.staffFte.label",
    definitionKey: "dashboards.indicators.staffFte.definition",
    unit: "fte",
    filters: roleFilter,
    source: staffSource,
    value: (r: Row) => r.fte,
  },
  {
    id: "staff.cost",
    area: "staff",
    labelKey: "dashboards.indicators.staffCost.label",
    definitionKey: "dashboards.indicators.staffCost.definition",
    unit: "eur",
    filters: roleFilter,
    source: staffSource,
    value: (r: Row) => r.cost,
  },
];

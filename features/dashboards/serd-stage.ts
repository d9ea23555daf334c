import "server-only";
import { sql } from "drizzle-orm";
import { executeRows } from "@/db/execute";
import type { Db } from "@/db/types";
import type { Comparison } from "./constants";

// Like with like for a SERD edition still open: the actions submitted so far, on day N after its
// registrations opened, against the actions the previous (finished) edition had submitted by its
// own day N — never against that edition's final total.

export async function serdSameStage(
  db: Db,
  { networkId, today }: { networkId: string; today: string },
): Promise<{ year: number; comparison: Extract<Comparison, { kind: "sameStage" }> } | null> {
  const [row] = await executeRows<{
    year: number;
    previous_year: number | null;
    day: number;
    current: number;
    previous: number | null;
  }>(
    db,
    sql`
    with cur as (
      select id, year, registration_opens_on from serd_editions
      where network_id = ${networkId} and ends_on >= ${today}::date and registration_opens_on <= ${today}::date
      order by year desc limit 1
    ),
    prev as (
      select e.id, e.year, e.registration_opens_on from serd_editions e, cur
      where e.network_id = ${networkId} and e.year < cur.year and e.ends_on < ${today}::date
      order by e.year desc limit 1
    ),
    submitted as (
      select a.edition_id, (a.submitted_at at time zone 'Europe/Paris')::date as day
      from serd_actions a
      where a.network_id = ${networkId} and a.submitted_at is not null
        and a.edition_id in (select id from cur union all select id from prev)
    )
    select cur.year, prev.year as previous_year, (${today}::date - cur.registration_opens_on)::int as day,
           (select count(*) from submitted s where s.edition_id = cur.id and s.day <= ${today}::date)::int as current,
           (select count(*) from submitted s where s.edition_id = prev.id
              and s.day <= prev.registration_opens_on + (${today}::date - cur.registration_opens_on))::int as previous
    from cur left join prev on true`,
  );
  if (!row || row.previous_year === null || row.previous === null) return null;
  const delta = row.current - row.previous;
  return {
    year: row.year,
    comparison: {
      kind: "sameStage",
      previousYear: row.previous_year,
      day: row.day,
      current: row.current,
      previous: row.previous,
      delta,
      percent: row.previous !== 0 ? Math.round((delta / row.previous) * 1000) / 10 : null,
    },
  };
}

import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb as db } from "@/test/db";
import { seedDemo } from "@/scripts/seed/index";

const now = new Date("2026-11-21T09:00:00Z");
beforeAll(async () => {
  await seedDemo(db, { now });
});

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  const result = await db.execute(query);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
  return rows[0]!;
}

const edition = (year: number) => sql`(select e.id from serd_editions e join networks n on n.id = e.network_id
  where n.slug = 'plp-demo' and e.year = ${year})`;

describe("SERD demo data", () => {
  it("2014: 74 occurrences of 56 labelled actions by 50 organisations, internal services included", async () => {
    const r = await one<{ occurrences: number; actions: number }>(sql`
      select count(o.id)::int as occurrences, count(distinct a.id)::int as actions
      from serd_actions a join serd_occurrences o on o.action_id = a.id
      where a.edition_id = ${edition(2014)} and a.status = 'labelled'`);
    expect(r).toEqual({ occurrences: 74, actions: 56 });
    const orgs = await one<{ n: number; internal: number }>(sql`
      select count(*)::int as n, count(*) filter (where org.is_internal_service)::int as internal from (
        select lead_organisation_id as id from serd_actions where edition_id = ${edition(2014)}
        union
        select c.organisation_id from serd_action_coorganisers c join serd_actions a on a.id = c.action_id
        where a.edition_id = ${edition(2014)}
      ) ids join organisations org on org.id = ids.id`);
    expect(orgs.n).toBe(50);
    expect(orgs.internal).toBeGreaterThan(0);
  });

  it("2015: more than 110 occurrences and 34,700 € of valued contributions", async () => {
    const r = await one<{ occurrences: number }>(sql`
      select count(*)::int as occurrences from serd_occurrences o join serd_actions a on a.id = o.action_id
      where a.edition_id = ${edition(2015)}`);
    expect(r.occurrences).toBeGreaterThan(110);
    const c = await one<{ total: string }>(sql`
      select sum(amount_eur)::text as total from contributions where edition_id = ${edition(2015)}`);
    expect(Number(c.total)).toBe(34_700);
  });

  it("past editions' labelled actions have actual participants; every occurrence is within its week", async () => {
    const r = await one<{ missing: number; outside: number }>(sql`
      select count(*) filter (where e.year < 2026 and o.actual_participants is null)::int as missing,
             count(*) filter (where o.date not between e.starts_on and e.ends_on)::int as outside
      from serd_occurrences o join serd_actions a on a.id = o.action_id join serd_editions e on e.id = a.edition_id`);
    expect(r).toEqual({ missing: 0, outside: 0 });
  });

  it("2026: every review state, some by the demo partner's organisation, change requests with a comment", async () => {
    const states = await db.execute(sql`
      select distinct a.status::text as status from serd_actions a where a.edition_id = ${edition(2026)}`);
    const list = (Array.isArray(states) ? states : (states as { rows: unknown[] }).rows) as {
      status: string;
    }[];
    expect(list.map((s) => s.status).sort()).toEqual(
      ["changes_requested", "draft", "labelled", "rejected", "submitted"].sort(),
    );
    const own = await one<{ n: number }>(sql`
      select count(*)::int as n from serd_actions a join organisations o on o.id = a.lead_organisation_id
      where a.edition_id = ${edition(2026)} and o.name = 'Ressourcerie du Nouveau Bassin'`);
    expect(own.n).toBeGreaterThanOrEqual(3);
    const commented = await one<{ n: number }>(sql`
      select count(*)::int as n from serd_action_history h join serd_actions a on a.id = h.action_id
      where a.edition_id = ${edition(2026)} and h.kind = 'changes_requested' and h.comment <> ''`);
    expect(commented.n).toBeGreaterThan(0);
    const e = await one<{ starts: string; closes: string }>(sql`
      select starts_on::text as starts, registration_closes_on::text as closes from serd_editions where id = ${edition(2026)}`);
    expect(e).toEqual({ starts: "2026-11-21", closes: "2026-11-14" });
  });
});

// npm run bench:dashboard – the dashboard of one network at national scale on PostgreSQL.
// Fills a throw-away database (400 networks × 10 years: meetings and attendance, SERD editions,
// actions and occurrences, staff time, recorded values, objectives) with set-based SQL, then times
// getDashboardWithStaff (the page's reads) against the very statements they send, replayed with postgres.js.
// Reads BENCH_DATABASE_URL (a role that may create databases), BENCH_RUNS.

import { performance } from "node:perf_hooks";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { openDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";
import type { Db } from "@/db/types";
import { getDashboardWithStaff } from "@/features/dashboards/queries";
import { compare } from "./timing";

const adminUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres:postgres@127.0.0.1:5432/postgres";
const RUNS = Number(process.env.BENCH_RUNS || 100);
const WARMUP = 15;
const TARGET_RATIO = 1.3;
const TARGET_MEDIAN_MS = 150;
const today = "2026-12-07";

const fill = [
  `insert into networks (slug, name) select 'bench-' || n, 'Réseau ' || n from generate_series(1, 400) n`,
  `insert into communes (network_id, name, insee_code)
     select id, 'Commune ' || c, lpad(c::text, 5, '0') from networks, generate_series(1, 25) c`,
  `insert into organisations (network_id, name, actor_type, commune_id, created_at)
     select n.id, 'Structure ' || o, 'env_association',
            (select id from communes c where c.network_id = n.id and c.insee_code = lpad((1 + o % 25)::text, 5, '0')),
            make_timestamptz(2016 + o % 10, 1 + o % 12, 1, 0, 0, 0, 'Europe/Paris')
     from networks n, generate_series(1, 75) o`,
  `insert into contacts (network_id, first_name, last_name, organisation_id)
     select o.network_id, 'P', o.name, o.id from organisations o`,
  `insert into events (network_id, event_type, title, starts_at, ends_at, status)
     select n.id, (array['actors_council','municipal_network_day','working_group'])[1 + m % 3]::event_type, 'Réunion',
            make_timestamptz(y, 1 + m, 10, 9, 0, 0, 'Europe/Paris'), make_timestamptz(y, 1 + m, 10, 11, 0, 0, 'Europe/Paris'), 'held'
     from networks n, generate_series(2017, 2026) y, generate_series(0, 9) m`,
  `insert into participations (network_id, event_id, contact_id, organisation_id, status)
     select e.network_id, e.id, c.id, c.organisation_id,
            (case when random() < 0.7 then 'present' else 'excused' end)::participation_status
     from events e join lateral (select id, organisation_id from contacts c where c.network_id = e.network_id
                                 order by md5(c.id::text || e.id::text) limit 12) c on true`,
  `insert into serd_editions (network_id, year, starts_on, ends_on, registration_opens_on, registration_closes_on)
     select n.id, y, make_date(y, 11, 20), make_date(y, 11, 28), make_date(y, 9, 1), make_date(y, 11, 10)
     from networks n, generate_series(2017, 2026) y`,
  `insert into serd_actions (network_id, edition_id, title, lead_organisation_id, status)
     select e.network_id, e.id, 'Action ' || a,
            (select id from organisations o where o.network_id = e.network_id order by o.name offset a limit 1), 'labelled'
     from serd_editions e, generate_series(1, 15) a`,
  `insert into serd_occurrences (network_id, action_id, date, actual_participants)
     select a.network_id, a.id, make_date(ed.year, 11, 21 + k), 20 from serd_actions a
     join serd_editions ed on ed.id = a.edition_id, generate_series(0, 1) k`,
  `insert into contributions (network_id, organisation_id, edition_id, kind, amount_eur)
     select a.network_id, a.lead_organisation_id, a.edition_id, 'staff', 350 from serd_actions a`,
  `insert into time_entries (network_id, staff_role, activity_kind, activity_label, starts_on, ends_on, hours)
     select n.id, (array['project_officer','intern','assistant'])[1 + d % 3]::staff_role, 'network', 'Animation',
            make_date(y, 1 + d % 12, 1 + d % 28), make_date(y, 1 + d % 12, 1 + d % 28), 3.5
     from networks n, generate_series(2017, 2026) y, generate_series(1, 40) d`,
  `insert into recorded_indicators (network_id, name, unit) select id, 'Tonnes', 'tonnes' from networks`,
  `insert into recorded_values (network_id, indicator_id, date, value)
     select r.network_id, r.id, make_date(y, 12, 31), 50000 - (y - 2017) * 400 from recorded_indicators r, generate_series(2017, 2025) y`,
  `insert into objectives (network_id, title, recorded_indicator_id, target, baseline, direction, period_start, period_end)
     select network_id, '−10 %', id, 45000, 50000, 'at_most', '2018-01-01', '2026-12-31' from recorded_indicators`,
  `insert into objectives (network_id, title, computed_indicator_id, indicator_filter, target, direction, period_start, period_end)
     select id, 'Communes', 'meetings.communesPresent', '{"eventType":"municipal_network_day"}', 20, 'at_least', '2026-01-01', '2026-12-31' from networks`,
  `analyze`,
];

async function main() {
  const name = `relais_bench_dash_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const benchUrl = url.toString();
  await admin.unsafe(`create database ${name}`);
  console.log(`Base jetable / throw-away database: ${name}`);
  const handle = openDb({ url: benchUrl });
  const direct = postgres(benchUrl, { max: 10, onnotice: () => {} });
  const captured: { query: string; params: unknown[] }[] = [];
  const recorderClient = postgres(benchUrl, { max: 2, onnotice: () => {} });
  try {
    await migrateDatabase(handle, benchUrl);
    const started = performance.now();
    for (const statement of fill) await direct.unsafe(statement);
    const [counts] = await direct`select (select count(*) from events)::int as events,
      (select count(*) from participations)::int as participations, (select count(*) from serd_occurrences)::int as occurrences,
      (select count(*) from time_entries)::int as entries`;
    console.log(`Données / data: ${JSON.stringify(counts)} in ${Math.round(performance.now() - started)} ms`);
    const [{ id: networkId }] =
      (await direct`select id from networks where slug = 'bench-200'`) as unknown as [{ id: string }];
    const run = async (db: Db) => {
      // As the page does: the dashboard and the staff time of its year, sent together.
      await getDashboardWithStaff(db, { networkId, year: 2025, today });
    };
    const recorder = drizzle(recorderClient, {
      schema,
      casing: "snake_case",
      logger: { logQuery: (query, params) => captured.push({ query, params }) },
    }) as unknown as Db;
    await run(recorder);
    const statements = [...captured];
    console.log(`Requêtes / statements per dashboard: ${statements.length}`);
    // The feature runs its statements partly in parallel; the direct side does the same in two waves.
    const replay = async () => {
      await Promise.all(statements.map((s) => direct.unsafe(s.query, s.params as never[])));
    };
    const { feature, direct: raw } = await compare(() => run(handle.db), replay, RUNS, WARMUP);
    const ratio = feature.median / raw.median;
    console.log(
      `dashboard: feature median ${feature.median.toFixed(1)} ms (p95 ${feature.p95.toFixed(1)}), direct median ${raw.median.toFixed(1)} ms (p95 ${raw.p95.toFixed(1)}), ratio ${ratio.toFixed(2)}`,
    );
    const missed = ratio > TARGET_RATIO || feature.median > TARGET_MEDIAN_MS;
    console.log(
      `Cibles / targets: median < ${TARGET_MEDIAN_MS} ms, ratio ≤ ${TARGET_RATIO}: ${missed ? "MISSED" : "met"}.`,
    );
    if (missed) process.exitCode = 1;
  } finally {
    await recorderClient.end({ timeout: 5 });
    await direct.end({ timeout: 5 });
    await handle.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

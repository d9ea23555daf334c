// npm run bench:review – time and peak memory to generate the yearly review PDF, and how much the
// generation delays everything else the server does.
//   1. the biggest demo network (plp-demo, 2014), seeded into a throw-away PostgreSQL database;
//   2. one network at national scale (5,000 organisations, 300 meetings a year with their
//      attendance, 600 SERD actions a year, staff time, recorded values, 10 years), filled with
//      set-based SQL in the same way as bench:dashboard, reviewed for 2025.
// For each: BENCH_RUNS generations (after one warm-up that launches Chromium), wall time of the
// whole generation (queries + HTML + print) and of each step, peak RSS of this Node process and of
// the Chromium process tree (sampled from /proc every 25 ms), and while each generation runs the
// event-loop delay (perf_hooks.monitorEventLoopDelay) and the latency of a trivial async operation
// scheduled every 10 ms – what a concurrent request would wait.
// Reads BENCH_DATABASE_URL (a role that may create databases), BENCH_RUNS (default 3).

import { readdirSync, readFileSync } from "node:fs";
import { register } from "node:module";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import postgres from "postgres";
import type { Db } from "@/db/types";

// Outside Next.js, "server-only" would throw, and the react-server condition that silences it
// breaks next-intl (the review's translator and formatter): as scripts/jobs-mail.ts does, the
// guard module is resolved to an empty one instead, and the app's modules are imported after.
const emptyGuard = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export{}", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(emptyGuard)}`);

const [
  { openDb },
  { migrateDatabase },
  { reviewDocumentHtml },
  { getReview },
  { reviewTools },
  { seedDemo },
  pdf,
] = await Promise.all([
  import("@/db/client"),
  import("@/db/migrate"),
  import("@/features/reports/review/html"),
  import("@/features/reports/review/queries"),
  import("@/features/reports/review/tools"),
  import("@/scripts/seed/index"),
  import("@/server/pdf/render"),
]);
const { closePdfBrowser, renderHtmlToPdf } = pdf;

const adminUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres:postgres@127.0.0.1:5432/postgres";
const RUNS = Number(process.env.BENCH_RUNS || 3);
const today = "2026-12-07";

const ORGS = 5000;
const MEETINGS_PER_YEAR = 300;
const PRESENT_PER_MEETING = 25;
const SERD_ACTIONS_PER_YEAR = 600;

const nationalFill = [
  `insert into networks (slug, name, territory_label, brand_color)
     values ('bench-national', 'Réseau national de prévention', 'France entière (banc d''essai)', '#1d4e89')`,
  `insert into communes (network_id, name, insee_code)
     select n.id, 'Commune ' || c, lpad(c::text, 5, '0') from networks n, generate_series(1, 400) c
      where n.slug = 'bench-national'`,
  `insert into organisations (network_id, name, actor_type, commune_id, created_at)
     select n.id, 'Structure ' || o,
            (array['env_association','large_company','municipality','social_economy','school'])[1 + o % 5]::actor_type,
            (select id from communes c where c.network_id = n.id and c.insee_code = lpad((1 + o % 400)::text, 5, '0')),
            make_timestamptz(2016 + o % 10, 1 + o % 12, 1, 0, 0, 0, 'Europe/Paris')
     from networks n, generate_series(1, ${ORGS}) o where n.slug = 'bench-national'`,
  `insert into contacts (network_id, first_name, last_name, organisation_id)
     select o.network_id, 'P', o.name, o.id from organisations o where o.network_id = (select id from networks where slug = 'bench-national')`,
  `insert into events (network_id, event_type, title, starts_at, ends_at, status)
     select n.id, (array['actors_council','municipal_network_day','working_group'])[1 + m % 3]::event_type, 'Réunion ' || m,
            make_timestamptz(y, 1 + m % 12, 1 + m % 28, 9, 0, 0, 'Europe/Paris'),
            make_timestamptz(y, 1 + m % 12, 1 + m % 28, 11, 0, 0, 'Europe/Paris'), 'held'
     from networks n, generate_series(2016, 2025) y, generate_series(0, ${MEETINGS_PER_YEAR - 1}) m
      where n.slug = 'bench-national'`,
  `insert into participations (network_id, event_id, contact_id, organisation_id, status)
     select e.network_id, e.id, c.id, c.organisation_id,
            (case when random() < 0.8 then 'present' else 'excused' end)::participation_status
     from events e join lateral (select id, organisation_id from contacts c where c.network_id = e.network_id
                                 order by md5(c.id::text || e.id::text) limit ${PRESENT_PER_MEETING}) c on true
     where e.network_id = (select id from networks where slug = 'bench-national')`,
  `insert into serd_editions (network_id, year, starts_on, ends_on, registration_opens_on, registration_closes_on)
     select n.id, y, make_date(y, 11, 20), make_date(y, 11, 28), make_date(y, 9, 1), make_date(y, 11, 10)
     from networks n, generate_series(2016, 2025) y where n.slug = 'bench-national'`,
  `insert into serd_actions (network_id, edition_id, title, lead_organisation_id, status)
     select e.network_id, e.id, 'Action ' || a,
            (select id from organisations o where o.network_id = e.network_id and o.name = 'Structure ' || (1 + (a * 7 + e.year) % ${ORGS})),
            'labelled'
     from serd_editions e, generate_series(1, ${SERD_ACTIONS_PER_YEAR}) a where e.network_id = (select id from networks where slug = 'bench-national')`,
  `insert into serd_occurrences (network_id, action_id, date, actual_participants)
     select a.network_id, a.id, make_date(ed.year, 11, 21 + k), 10 + (k * 13 + length(a.title)) % 40 from serd_actions a
     join serd_editions ed on ed.id = a.edition_id, generate_series(0, 1) k where a.network_id = (select id from networks where slug = 'bench-national')`,
  `insert into contributions (network_id, organisation_id, edition_id, kind, amount_eur)
     select a.network_id, a.lead_organisation_id, a.edition_id, 'staff', 350 from serd_actions a where a.network_id = (select id from networks where slug = 'bench-national')`,
  `insert into time_entries (network_id, staff_role, activity_kind, activity_label, starts_on, ends_on, hours)
     select n.id, (array['project_officer','intern','assistant'])[1 + d % 3]::staff_role, 'network', 'Animation',
            make_date(y, 1 + d % 12, 1 + d % 28), make_date(y, 1 + d % 12, 1 + d % 28), 3.5
     from networks n, generate_series(2016, 2025) y, generate_series(1, 400) d where n.slug = 'bench-national'`,
  `insert into recorded_indicators (network_id, name, unit)
     select id, 'Tonnes collectées', 'tonnes' from networks where slug = 'bench-national'`,
  `insert into recorded_values (network_id, indicator_id, date, value)
     select r.network_id, r.id, make_date(y, 12, 31), 5000000 - (y - 2016) * 40000
       from recorded_indicators r join networks n on n.id = r.network_id and n.slug = 'bench-national',
            generate_series(2016, 2025) y`,
  `insert into objectives (network_id, title, recorded_indicator_id, target, baseline, direction, period_start, period_end)
     select r.network_id, '−10 %', r.id, 4500000, 5000000, 'at_most', '2018-01-01', '2025-12-31'
       from recorded_indicators r join networks n on n.id = r.network_id and n.slug = 'bench-national'`,
  `analyze`,
];

/** Resident set of every descendant of this process (Chromium's browser, renderer, GPU… processes), in MB. */
function childTreeRssMb(): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(entry), Number(fields[1]));
      rss.set(Number(entry), Number(fields[21]) * 4096);
    } catch {
      // The process ended while we read it.
    }
  }
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent)
      if (!mine.has(pid) && mine.has(ppid)) {
        mine.add(pid);
        grew = true;
      }
  }
  let total = 0;
  for (const pid of mine) if (pid !== process.pid) total += rss.get(pid) ?? 0;
  return total / 1024 / 1024;
}

type Phase = "queries" | "html" | "print";
/** The step under way, so that a late timer is put down to the step that made it late. */
const phase: { current: Phase } = { current: "queries" };

type Run = { total: number; queries: number; html: number; print: number; bytes: number; htmlKb: number };

async function generate(
  db: Db,
  network: { id: string; name: string; territoryLabel: string; brandColor: string },
  year: number,
): Promise<Run> {
  phase.current = "queries";
  const t0 = performance.now();
  const review = await getReview(db, { networkId: network.id, year, today });
  const t1 = performance.now();
  phase.current = "html";
  const { t, format } = reviewTools("fr");
  const { html, title } = reviewDocumentHtml({
    review,
    network,
    t,
    format,
    generatedOn: today,
    locale: "fr",
  });
  const t2 = performance.now();
  phase.current = "print";
  const pdf = await renderHtmlToPdf(html, { title, lang: "fr", timeoutMs: 120_000 });
  const t3 = performance.now();
  if (Buffer.from(pdf.subarray(0, 5)).toString() !== "%PDF-") throw new Error("not a PDF");
  return {
    total: t3 - t0,
    queries: t1 - t0,
    html: t2 - t1,
    print: t3 - t2,
    bytes: pdf.byteLength,
    htmlKb: html.length / 1024,
  };
}

async function bench(label: string, db: Db, network: Parameters<typeof generate>[1], year: number) {
  await generate(db, network, year); // warm-up: launches Chromium, fills caches
  const runs: Run[] = [];
  let chromiumPeak = 0;
  let maxProbe = 0;
  const lateBy: Record<Phase, number> = { queries: 0, html: 0, print: 0 };
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  for (let i = 0; i < RUNS; i++) {
    // A trivial async operation every 10 ms: how long it waits for its turn is what another request waits.
    let stop = false;
    const probe = (async () => {
      while (!stop) {
        const start = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 10));
        const late = performance.now() - start - 10;
        maxProbe = Math.max(maxProbe, late);
        lateBy[phase.current] = Math.max(lateBy[phase.current], late);
      }
    })();
    const sampler = setInterval(() => {
      chromiumPeak = Math.max(chromiumPeak, childTreeRssMb());
    }, 25);
    histogram.enable();
    runs.push(await generate(db, network, year));
    histogram.disable();
    clearInterval(sampler);
    stop = true;
    await probe;
  }
  const median = (k: keyof Run) =>
    [...runs].map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
  const ms = (n: number) => `${Math.round(n)} ms`;
  console.log(
    `${label}: ${RUNS} runs, median ${ms(median("total"))} (queries ${ms(median("queries"))}, HTML ${ms(median("html"))}, print ${ms(median("print"))}), ` +
      `max ${ms(Math.max(...runs.map((r) => r.total)))}; HTML ${Math.round(median("htmlKb"))} kB, PDF ${Math.round(median("bytes") / 1024)} kB`,
  );
  console.log(
    `  peak RSS: Node ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (process lifetime), Chromium tree ${Math.round(chromiumPeak)} MB (sampled)`,
  );
  console.log(
    `  while generating: event-loop delay max ${(histogram.max / 1e6).toFixed(1)} ms, p99 ${(histogram.percentile(99) / 1e6).toFixed(1)} ms, mean ${(histogram.mean / 1e6).toFixed(1)} ms; ` +
      `a 10 ms timer came late by at most ${maxProbe.toFixed(1)} ms ` +
      `(during queries ${lateBy.queries.toFixed(0)}, HTML ${lateBy.html.toFixed(0)}, print ${lateBy.print.toFixed(0)} ms)`,
  );
}

async function main() {
  const name = `relais_bench_review_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const benchUrl = url.toString();
  await admin.unsafe(`create database ${name}`);
  console.log(`Base jetable / throw-away database: ${name}`);
  const handle = openDb({ url: benchUrl });
  const direct = postgres(benchUrl, { max: 2, onnotice: () => {} });
  try {
    await migrateDatabase(handle, benchUrl);
    let started = performance.now();
    await seedDemo(handle.db);
    console.log(`Démo / demo seeded in ${Math.round(performance.now() - started)} ms`);
    started = performance.now();
    for (const statement of nationalFill) await direct.unsafe(statement);
    const [counts] =
      await direct`select (select count(*) from organisations o join networks n on n.id = o.network_id and n.slug = 'bench-national')::int as organisations,
      (select count(*) from events e join networks n on n.id = e.network_id and n.slug = 'bench-national')::int as meetings,
      (select count(*) from participations p join networks n on n.id = p.network_id and n.slug = 'bench-national')::int as participations,
      (select count(*) from serd_actions a join networks n on n.id = a.network_id and n.slug = 'bench-national')::int as serd_actions,
      (select count(*) from time_entries t join networks n on n.id = t.network_id and n.slug = 'bench-national')::int as time_entries`;
    console.log(
      `National: ${JSON.stringify(counts)} filled in ${Math.round(performance.now() - started)} ms`,
    );
    const networkOf = async (slug: string) => {
      const [row] = await direct<{ id: string; name: string; territoryLabel: string; brandColor: string }[]>`
        select id, name, territory_label as "territoryLabel", brand_color as "brandColor" from networks where slug = ${slug}`;
      return row!;
    };
    // The same probe with nothing generated: what the machine's own load makes a timer wait.
    {
      const idle = monitorEventLoopDelay({ resolution: 5 });
      let worst = 0;
      idle.enable();
      const end = performance.now() + 5000;
      while (performance.now() < end) {
        const start = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 10));
        worst = Math.max(worst, performance.now() - start - 10);
      }
      idle.disable();
      console.log(
        `idle baseline (5 s, nothing generated): event-loop delay max ${(idle.max / 1e6).toFixed(1)} ms, p99 ${(idle.percentile(99) / 1e6).toFixed(1)} ms; a 10 ms timer came late by at most ${worst.toFixed(1)} ms`,
      );
    }
    await bench("plp-demo 2014", handle.db, await networkOf("plp-demo"), 2014);
    await bench("national 2025", handle.db, await networkOf("bench-national"), 2025);
  } finally {
    await closePdfBrowser();
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

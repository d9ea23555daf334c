// npm run bench:serd – SERD public agenda and figures at national scale on PostgreSQL.
// Fills a throw-away database (400 networks, 2,000 organisers, 7,500 actions, 25,000 occurrences in
// the measured year, plus a smaller previous edition), then times:
//  - the public agenda page of one network: the page's data loader (loadAgenda) plus React's
//    server render of the page's component (renderToString(AgendaView)), the work the route does
//    for a request minus Next's framing; data and render are also shown apart;
//  - the edition figures of one network and of all networks, against the same SQL sent directly
//    with postgres.js (ratio = feature / direct).
// Reads BENCH_DATABASE_URL (a role that may create databases), BENCH_RUNS, BENCH_EXPLAIN=1.
// Runs without the react-server condition (react-dom/server needs the regular React), so the
// "server-only" marker is resolved to an empty module by a loader hook registered before the
// feature modules are imported.

import { randomUUID } from "node:crypto";
import { register } from "node:module";
import { performance } from "node:perf_hooks";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { compare, measure } from "./timing";

register(
  `data:text/javascript,${encodeURIComponent(
    `export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }`,
  )}`,
);

// React's production build, as the server runs it (the development build is several times slower).
Object.assign(process.env, { NODE_ENV: "production" });

const adminUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres:postgres@127.0.0.1:5432/postgres";
const RUNS = Number(process.env.BENCH_RUNS || 100);
const WARMUP = 20;
const EXPLAIN = process.env.BENCH_EXPLAIN === "1";

const NETWORKS = 400;
const ORGANISERS = 2_000;
const ACTIONS = 7_500;
const OCCURRENCES = 25_000;
// The measured network: a large programme (Mulhouse had more than 110 actions in 2015).
const BIG_ACTIONS = 150;
const BIG_OCCURRENCES = 400;
const YEAR = 2026;
const TARGET_RATIO = 1.5;
const TARGET_AGENDA_MEDIAN_MS = 100;

type Row = Record<string, unknown>;
const themes = [
  "waste_prevention",
  "hazardous_waste",
  "food_waste",
  "composting",
  "reuse_repair",
  "clean_up",
];
const publics = ["general_public", "families", "children", "pupils", "students", "seniors"];
const formats = [
  "stand",
  "workshop",
  "visit",
  "conference",
  "collection",
  "repair_cafe",
  "exhibition",
  "game",
];
const actorTypes = [
  "env_association",
  "municipality",
  "internal_service",
  "school",
  "large_company",
  "social_economy",
];
const statuses = [
  "labelled",
  "labelled",
  "labelled",
  "labelled",
  "labelled",
  "labelled",
  "submitted",
  "draft",
];

/** Splits `total` over `n` parts, the first one `first`, the others uneven but at least `min`. */
function split(rng: { float(): number }, total: number, n: number, first: number, min: number): number[] {
  const weights = Array.from({ length: n - 1 }, () => 0.2 + rng.float() ** 2 * 3);
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(min, Math.floor(((total - first) * w) / sum)));
  let missing = total - first - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; missing !== 0; i = (i + 1) % parts.length) {
    if (missing > 0) {
      parts[i]! += 1;
      missing -= 1;
    } else if (parts[i]! > min) {
      parts[i]! -= 1;
      missing += 1;
    }
  }
  return [first, ...parts];
}

/** 1 to 10 occurrences per action, `budget` in all. */
function occurrenceCounts(
  rng: { int(min: number, max: number): number },
  actions: number,
  budget: number,
): number[] {
  const counts = Array.from({ length: actions }, () => 1);
  let left = Math.min(budget, actions * 10) - actions;
  while (left > 0) {
    const i = rng.int(0, actions - 1);
    if (counts[i]! < 10) {
      counts[i]! += 1;
      left -= 1;
    }
  }
  return counts;
}

async function buildData() {
  const { Rng } = await import("@/scripts/seed/data/generators");
  const rng = new Rng(20_261_121);
  const orgSizes = split(rng, ORGANISERS, NETWORKS, 60, 2);
  const actionSizes = split(rng, ACTIONS, NETWORKS, BIG_ACTIONS, 2);
  const rows = {
    networks: [] as Row[],
    communes: [] as Row[],
    organisations: [] as Row[],
    serd_editions: [] as Row[],
    serd_actions: [] as Row[],
    serd_action_coorganisers: [] as Row[],
    serd_occurrences: [] as Row[],
    contributions: [] as Row[],
  };
  // Occurrences per network: the big one's fixed number, the rest in proportion to actions.
  const perAction = (OCCURRENCES - BIG_OCCURRENCES) / (ACTIONS - BIG_ACTIONS);
  const budgets = actionSizes.map((a, n) => (n === 0 ? BIG_OCCURRENCES : Math.floor(a * perAction)));
  for (let n = 1; budgets.reduce((x, y) => x + y, 0) < OCCURRENCES; n = (n % (NETWORKS - 1)) + 1)
    budgets[n]! += 1;
  for (let n = 0; n < NETWORKS; n++) {
    const networkId = randomUUID();
    rows.networks.push({ id: networkId, slug: `bench-${n}`, name: `Réseau de test ${n}` });
    const towns = Array.from({ length: 12 }, (_, c) => ({ id: randomUUID(), name: `Commune ${n}-${c}` }));
    towns.forEach((t, c) =>
      rows.communes.push({ id: t.id, network_id: networkId, name: t.name, insee_code: String(10_000 + c) }),
    );
    const orgs = Array.from({ length: orgSizes[n]! }, (_, o) => {
      const id = randomUUID();
      const actorType = rng.pick(actorTypes);
      rows.organisations.push({
        id,
        network_id: networkId,
        name: `Structure ${n}-${o}`,
        actor_type: actorType,
        is_internal_service: actorType === "internal_service",
        search_text: `structure ${n} ${o}`,
      });
      return id;
    });
    for (const year of [YEAR - 1, YEAR]) {
      const editionId = randomUUID();
      rows.serd_editions.push({
        id: editionId,
        network_id: networkId,
        year,
        starts_on: `${year}-11-21`,
        ends_on: `${year}-11-29`,
        registration_opens_on: `${year}-09-01`,
        registration_closes_on: `${year}-11-10`,
      });
      const current = year === YEAR;
      const actionCount = current ? actionSizes[n]! : Math.max(1, Math.round(actionSizes[n]! * 0.6));
      const counts = occurrenceCounts(rng, actionCount, current ? budgets[n]! : actionCount);
      for (let a = 0; a < actionCount; a++) {
        const actionId = randomUUID();
        const lead = rng.pick(orgs);
        rows.serd_actions.push({
          id: actionId,
          network_id: networkId,
          edition_id: editionId,
          title: `Action ${n}-${a} ${rng.pick(["atelier", "stand", "visite", "collecte"])}`,
          description: "Une action de la semaine européenne de la réduction des déchets.",
          themes: rng.shuffle(themes).slice(0, rng.int(1, 2)),
          format: rng.pick(formats),
          target_publics: rng.shuffle(publics).slice(0, rng.int(1, 3)),
          lead_organisation_id: lead,
          free_entry: true,
          non_profit: true,
          status: rng.pick(statuses),
        });
        if (rng.chance(0.3))
          for (const co of new Set([rng.pick(orgs), rng.pick(orgs)]))
            if (co !== lead)
              rows.serd_action_coorganisers.push({
                network_id: networkId,
                action_id: actionId,
                organisation_id: co,
              });
        const count = counts[a]!;
        for (let k = 0; k < count; k++) {
          const town = rng.pick(towns);
          const located = rng.chance(0.7);
          rows.serd_occurrences.push({
            id: randomUUID(),
            network_id: networkId,
            action_id: actionId,
            date: `${year}-11-${21 + rng.int(0, 8)}`,
            start_time: `${String(rng.int(9, 18)).padStart(2, "0")}:00`,
            end_time: `${String(rng.int(19, 21))}:00`,
            place: `Salle ${k}`,
            commune_id: town.id,
            latitude: located ? 47.7 + rng.float() * 0.2 : null,
            longitude: located ? 7.2 + rng.float() * 0.2 : null,
            expected_participants: rng.int(10, 80),
            actual_participants: current ? null : rng.int(5, 90),
          });
        }
        if (rng.chance(0.3))
          rows.contributions.push({
            network_id: networkId,
            organisation_id: lead,
            edition_id: editionId,
            action_id: actionId,
            kind: rng.pick(["staff", "material", "cash"]),
            amount_eur: String(rng.int(50, 3_000)),
            days: String(rng.int(0, 4)),
          });
      }
    }
  }
  return { rows, bigSlug: "bench-0", bigNetworkId: rows.networks[0]!.id as string };
}





async function main() {
  // After NODE_ENV is set: React picks its build when first loaded.
  const [{ createElement }, { renderToString }] = await Promise.all([
    import("react"),
    import("react-dom/server"),
  ]);
  const { openDb } = await import("@/db/client");
  const { migrateDatabase } = await import("@/db/migrate");
  const schema = await import("@/db/schema");
  const { loadAgenda } = await import("@/features/serd/agenda/agenda");
  const { AgendaView } = await import("@/features/serd/components/agenda/agenda-view");
  const { getAllNetworksFigures, getEditionFigures } = await import("@/features/serd/figures");
  type Db = import("@/db/types").Db;

  const name = `relais_bench_serd_${process.pid}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const benchUrl = url.toString();
  await admin.unsafe(`create database ${name}`);
  console.log(`Base jetable / throw-away database: ${name}`);
  const handle = openDb({ url: benchUrl });
  const direct = postgres(benchUrl, { max: 10, onnotice: () => {} });
  try {
    await migrateDatabase(handle, benchUrl);
    let started = performance.now();
    const data = await buildData();
    for (const [table, rows] of Object.entries(data.rows))
      for (let i = 0; i < rows.length; i += 2_000)
        await direct`insert into ${direct(table)} ${direct(rows.slice(i, i + 2_000) as Record<string, postgres.ParameterOrJSON<never>>[])}`;
    await direct`analyze`;
    const [counts] = await direct<{ actions: number; occurrences: number; organisers: number }[]>`
      select (select count(*)::int from serd_actions a join serd_editions e on e.id = a.edition_id where e.year = ${YEAR}) as actions,
             (select count(*)::int from serd_occurrences o join serd_actions a on a.id = o.action_id
                join serd_editions e on e.id = a.edition_id where e.year = ${YEAR}) as occurrences,
             (select count(*)::int from organisations) as organisers`;
    console.log(
      `Remplissage / fill: ${NETWORKS} networks, ${counts!.organisers} organisers, ${YEAR}: ${counts!.actions} actions, ` +
        `${counts!.occurrences} occurrences (+ ${YEAR - 1}) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    let captured: { query: string; params: unknown[] }[] = [];
    const recorderClient = postgres(benchUrl, { max: 4, onnotice: () => {} });
    const recorder = drizzle(recorderClient, {
      schema,
      casing: "snake_case",
      logger: { logQuery: (query, params) => captured.push({ query, params }) },
    }) as unknown as Db;
    const replay = (queries: typeof captured) => () =>
      Promise.all(queries.map((q) => direct.unsafe(q.query, q.params as postgres.ParameterOrJSON<never>[])));

    // 1. Public agenda of the big network.
    const load = () => loadAgenda(handle.db, { slug: data.bigSlug, year: YEAR, filters: {} });
    const sample = (await load())!;
    const render = (d: typeof sample) =>
      renderToString(createElement(AgendaView, { data: d, locale: "fr", explicitYear: true }));
    const html = render(sample);
    const agenda = await measure(async () => render((await load())!), RUNS, WARMUP);
    const agendaData = await measure(load, RUNS, WARMUP);
    const agendaRender = await measure(() => render(sample), RUNS, WARMUP);
    console.log(
      `\nAgenda public / public agenda, ${data.bigSlug} ${YEAR}: ${sample.occurrences.length} labelled occurrences, ` +
        `${(html.length / 1024).toFixed(0)} KiB of HTML; ${RUNS} runs after ${WARMUP} warm-up runs (ms)`,
    );
    console.log(`  data + render   median ${agenda.median.toFixed(2)}  p95 ${agenda.p95.toFixed(2)}`);
    console.log(`  data only       median ${agendaData.median.toFixed(2)}  p95 ${agendaData.p95.toFixed(2)}`);
    console.log(
      `  render only     median ${agendaRender.median.toFixed(2)}  p95 ${agendaRender.p95.toFixed(2)}`,
    );
    const agendaOk = agenda.median < TARGET_AGENDA_MEDIAN_MS;

    // 2. Figures, one network and all networks, against their SQL sent directly.
    const [edition] = await direct<{ id: string }[]>`
      select id from serd_editions where network_id = ${data.bigNetworkId} and year = ${YEAR}`;
    const cases = [
      {
        label: `figures, one network (${data.bigSlug})`,
        run: (db: Db) => getEditionFigures(db, { networkId: data.bigNetworkId, editionId: edition!.id }),
      },
      {
        label: `figures, all ${NETWORKS} networks`,
        run: (db: Db) => getAllNetworksFigures(db, { year: YEAR }),
      },
    ];
    const lines: string[][] = [];
    let ratiosOk = true;
    for (const c of cases) {
      captured = [];
      const result = await c.run(recorder);
      const statements = captured;
      // The first statement (edition lookup) precedes the others, which run concurrently: replay so.
      const oneNetwork = statements.length === 4;
      const viaDirect = oneNetwork
        ? async () => {
            await replay(statements.slice(0, 1))();
            await replay(statements.slice(1))();
          }
        : replay(statements);
      started = performance.now();
      const r = await compare(() => c.run(handle.db), viaDirect, RUNS, WARMUP);
      const ratio = r.feature.median / r.direct.median;
      ratiosOk &&= ratio <= TARGET_RATIO;
      lines.push([
        `${c.label} [${result!.occurrences} occ., ${result!.actions} actions, ${result!.organisations} org.]`,
        r.feature.median.toFixed(2),
        r.feature.p95.toFixed(2),
        r.direct.median.toFixed(2),
        r.direct.p95.toFixed(2),
        ratio.toFixed(2),
        ratio <= TARGET_RATIO ? "ok" : "MISSED",
      ]);
      if (EXPLAIN || ratio > TARGET_RATIO) {
        const main = statements.find((s) => s.query.includes("with la as"))!;
        const plan = await direct.unsafe(
          `explain (analyze, buffers) ${main.query}`,
          main.params as postgres.ParameterOrJSON<never>[],
        );
        console.log(`\nEXPLAIN ANALYZE – ${c.label}\n${plan.map((p) => p["QUERY PLAN"]).join("\n")}`);
      }
    }
    const header = [
      "case",
      "feature median",
      "feature p95",
      "direct median",
      "direct p95",
      "ratio",
      "target",
    ];
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
    const fmt = (cells: string[]) =>
      cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
    console.log(`\n${RUNS} runs after ${WARMUP} warm-up runs, times in ms`);
    console.log(fmt(header));
    for (const l of lines) console.log(fmt(l));
    console.log(
      `\nCibles / targets: agenda median < ${TARGET_AGENDA_MEDIAN_MS} ms: ${agendaOk ? "met" : "MISSED"}; ` +
        `figures ratio (median) ≤ ${TARGET_RATIO}: ${ratiosOk ? "met" : "MISSED"}.`,
    );
    if (!agendaOk || !ratiosOk) process.exitCode = 1;
    await recorderClient.end({ timeout: 5 });
  } finally {
    await direct.end({ timeout: 5 });
    await handle.close();
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end({ timeout: 5 });
  }
}

main().catch((error: unknown) => {
  console.error("Échec du banc d'essai / benchmark failed:", error);
  process.exitCode = 1;
});

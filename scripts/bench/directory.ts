// npm run bench:directory – directory list and search latency at national scale on PostgreSQL.
// Fills a throw-away database (400 networks, 30,000 organisations, 100,000 contacts), then times
// the directory's feature query functions against the same SQL sent directly with postgres.js.
// Reads BENCH_DATABASE_URL (a role that may create databases), BENCH_RUNS, BENCH_EXPLAIN=1.

import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { openDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import * as schema from "@/db/schema";
import { m2aCommunes, morbihanCommunes } from "@/scripts/seed/data/communes";
import { Rng, slugify } from "@/scripts/seed/data/generators";
import { tagVocabulary } from "@/scripts/seed/data/organisations";
import {
  bretonFemaleFirstNames,
  bretonLastNames,
  bretonMaleFirstNames,
  femaleFirstNames,
  jobTitlesByType,
  lastNames,
  maleFirstNames,
  mulhouseStreets,
} from "@/scripts/seed/data/people";
import type { Db } from "@/db/types";
import { contactSearchText, organisationSearchText } from "@/features/directory/mutations";
import { listContacts, listOrganisations } from "@/features/directory/queries";
import { actorTypes, engagementStatuses } from "@/lib/domain/enums";
import { compare } from "./timing";

const adminUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres:postgres@127.0.0.1:5432/postgres";
const RUNS = Number(process.env.BENCH_RUNS || 200);
const WARMUP = 30;
const EXPLAIN = process.env.BENCH_EXPLAIN === "1";

const NETWORKS = 400;
const ORGANISATIONS = 30_000;
const CONTACTS = 100_000;
// The network measured: a big one (a métropole's programme), the worst case for one network.
const BIG_CONTACTS = 4_000;
const BIG_ORGANISATIONS = 1_200;
const COMMUNES_PER_NETWORK = 25;
const BATCH = 2_000;

const TARGET_RATIO = 1.3;
const TARGET_P95_MS = 50;

// ---------------------------------------------------------------------------------------------
// Data

type Row = Record<string, unknown>;

/** Uneven network sizes: a long tail of small programmes, a few large ones, one big one. */
function networkSizes(rng: Rng, total: number, big: number, cap: number): number[] {
  const weights = Array.from({ length: NETWORKS - 1 }, () => 0.15 + rng.float() ** 3 * 4);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.min(cap, Math.max(1, Math.floor(((total - big) * w) / sum))));
  let missing = total - big - sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0; i = (i + 1) % sizes.length) {
    if ((sizes[i] as number) < cap) {
      sizes[i] = (sizes[i] as number) + 1;
      missing -= 1;
    }
  }
  return [big, ...sizes];
}

const orgPrefixes = [
  "Association",
  "École élémentaire",
  "Collège",
  "Ressourcerie",
  "Recyclerie",
  "Repair café",
  "Centre social",
  "Jardin partagé",
  "Épicerie solidaire",
  "Mairie de",
  "Compostage collectif",
  "Amicale",
  "Maison de quartier",
  "Atelier vélo",
];
const orgWords = [
  "du Centre",
  "des Tilleuls",
  "Les Colibris",
  "Zéro Déchet",
  "Victor-Hugo",
  "de la Gare",
  "du Lac",
  "Jean-Moulin",
  "Pasteur",
  "des Vergers",
];

function buildData(rng: Rng) {
  const communeNames = [...m2aCommunes, ...morbihanCommunes].map((c) => c.name);
  const female = [...femaleFirstNames, ...bretonFemaleFirstNames];
  const male = [...maleFirstNames, ...bretonMaleFirstNames];
  const last = [...lastNames, ...bretonLastNames];
  const contactSizes = networkSizes(rng, CONTACTS, BIG_CONTACTS, 2_500);
  const orgSizes = networkSizes(rng, ORGANISATIONS, BIG_ORGANISATIONS, 900);
  const networks: Row[] = [];
  const communes: Row[] = [];
  const organisations: Row[] = [];
  const contacts: Row[] = [];
  const now = Date.now();
  for (let n = 0; n < NETWORKS; n++) {
    const networkId = randomUUID();
    networks.push({ id: networkId, slug: `bench-${n}`, name: `Réseau de test ${n}` });
    const towns: { id: string; name: string }[] = [];
    for (let c = 0; c < COMMUNES_PER_NETWORK; c++) {
      const town = { id: randomUUID(), name: rng.pick(communeNames) };
      towns.push(town);
      communes.push({ id: town.id, network_id: networkId, name: town.name, insee_code: String(10_000 + c) });
    }
    const orgs: { id: string; name: string; actorType: string }[] = [];
    for (let o = 0; o < (orgSizes[n] as number); o++) {
      const town = rng.pick(towns);
      const actorType = rng.pick(actorTypes);
      const name = `${rng.pick(orgPrefixes)} ${rng.pick(orgWords)} ${town.name} ${o}`;
      const tags = rng.shuffle(tagVocabulary).slice(0, rng.int(0, 3));
      const address = `${rng.int(1, 150)} ${rng.pick(mulhouseStreets)}, ${town.name}`;
      const id = randomUUID();
      orgs.push({ id, name, actorType });
      organisations.push({
        id,
        network_id: networkId,
        name,
        actor_type: actorType,
        commune_id: town.id,
        address,
        tags,
        status: rng.pick(engagementStatuses),
        is_internal_service: actorType === "internal_service",
        search_text: organisationSearchText({ name, address, tags, description: null }, town.name),
        archived_at: rng.chance(0.03) ? new Date(now - rng.int(1, 500) * 86_400_000) : null,
      });
    }
    for (let c = 0; c < (contactSizes[n] as number); c++) {
      const isFemale = rng.chance(0.55);
      const firstName = rng.pick(isFemale ? female : male);
      const lastName = rng.pick(last);
      const org = orgs.length && rng.chance(0.9) ? rng.pick(orgs) : null;
      const jobTitle = org
        ? (rng.pick(jobTitlesByType[org.actorType as (typeof actorTypes)[number]]).split("|")[0] ?? null)
        : null;
      const email = rng.chance(0.9)
        ? `${slugify(firstName)}.${slugify(lastName)}.${c}@exemple${n}.test`
        : null;
      contacts.push({
        id: randomUUID(),
        network_id: networkId,
        organisation_id: org?.id ?? null,
        first_name: firstName,
        last_name: lastName,
        email,
        phone: rng.chance(0.6)
          ? `06 39 98 ${String(rng.int(0, 99)).padStart(2, "0")} ${String(rng.int(0, 99)).padStart(2, "0")}`
          : null,
        job_title: jobTitle,
        is_relay_actor: rng.chance(0.1),
        is_ambassador: rng.chance(0.03),
        last_interaction_at: new Date(now - rng.int(1, 1_500) * 86_400_000),
        search_text: contactSearchText({ firstName, lastName, email, jobTitle }, org?.name),
        archived_at: rng.chance(0.03) ? new Date(now - rng.int(1, 500) * 86_400_000) : null,
      });
    }
  }
  return { networks, communes, organisations, contacts, bigNetworkId: networks[0]!.id as string };
}

async function insertAll(sql: postgres.Sql, table: string, rows: Row[]) {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await sql`insert into ${sql(table)} ${sql(batch as Record<string, postgres.ParameterOrJSON<never>>[])}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Measurement

type Captured = { query: string; params: unknown[] };




async function main() {
  const name = `relais_bench_${process.pid}`;
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
    const data = buildData(new Rng(20_260_101));
    await insertAll(direct, "networks", data.networks);
    await insertAll(direct, "communes", data.communes);
    await insertAll(direct, "organisations", data.organisations);
    await insertAll(direct, "contacts", data.contacts);
    await direct`analyze`;
    const [big] = await direct<{ orgs: number; people: number }[]>`
      select (select count(*)::int from organisations where network_id = ${data.bigNetworkId}) as orgs,
             (select count(*)::int from contacts where network_id = ${data.bigNetworkId}) as people`;
    console.log(
      `Remplissage / fill: ${data.networks.length} networks, ${data.organisations.length} organisations, ` +
        `${data.contacts.length} contacts in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
        `measured network: ${big!.orgs} organisations, ${big!.people} contacts.`,
    );

    // A drizzle client that records the SQL the feature functions send, to replay it directly.
    let captured: Captured[] = [];
    const recorderClient = postgres(benchUrl, { max: 2, onnotice: () => {} });
    const recorder = drizzle(recorderClient, {
      schema,
      casing: "snake_case",
      logger: { logQuery: (query, params) => captured.push({ query, params }) },
    }) as unknown as Db;
    const networkId = data.bigNetworkId;
    const cases: { label: string; run: (db: Db) => Promise<unknown> }[] = [
      {
        label: "contacts, search 'ma' (2 letters)",
        run: (db) => listContacts(db, { networkId, filters: { q: "ma" } }),
      },
      {
        label: "contacts, search 'meyer' (word)",
        run: (db) => listContacts(db, { networkId, filters: { q: "meyer" } }),
      },
      { label: "contacts, whole list, page 1", run: (db) => listContacts(db, { networkId, filters: {} }) },
      {
        label: "organisations, search 'ec' (2 letters)",
        run: (db) => listOrganisations(db, { networkId, filters: { q: "ec" } }),
      },
      {
        label: "organisations, search 'ressourcerie' (word)",
        run: (db) => listOrganisations(db, { networkId, filters: { q: "ressourcerie" } }),
      },
      {
        label: "organisations, whole list, page 1",
        run: (db) => listOrganisations(db, { networkId, filters: {} }),
      },
    ];

    console.log(
      `\n${RUNS} runs after ${WARMUP} warm-up runs, page of 50, times in ms (rows + total count queries)`,
    );
    const header = [
      "case",
      "feature median",
      "feature p95",
      "direct median",
      "direct p95",
      "ratio median",
      "ratio p95",
      "targets",
    ];
    const lines: string[][] = [];
    let missed = false;
    for (const c of cases) {
      captured = [];
      const result = (await c.run(recorder)) as { total: number };
      const replay = captured;
      const viaFeature = () => c.run(handle.db);
      // The same statements, run concurrently as the feature function runs them.
      const viaDirect = () =>
        Promise.all(replay.map((q) => direct.unsafe(q.query, q.params as postgres.ParameterOrJSON<never>[])));
      started = performance.now();
      const r = await compare(viaFeature, viaDirect, RUNS, WARMUP);
      const ratioMedian = r.feature.median / r.direct.median;
      const ratioP95 = r.feature.p95 / r.direct.p95;
      const ok = ratioMedian <= TARGET_RATIO && r.feature.p95 < TARGET_P95_MS;
      missed ||= !ok;
      lines.push([
        `${c.label} [${result.total} rows]`,
        r.feature.median.toFixed(2),
        r.feature.p95.toFixed(2),
        r.direct.median.toFixed(2),
        r.direct.p95.toFixed(2),
        ratioMedian.toFixed(2),
        ratioP95.toFixed(2),
        ok ? "ok" : "MISSED",
      ]);
      if (EXPLAIN || !ok) {
        const [rowsQuery] = replay;
        const plan = await direct.unsafe(
          `explain (analyze, buffers) ${rowsQuery!.query}`,
          rowsQuery!.params as postgres.ParameterOrJSON<never>[],
        );
        console.log(`\nEXPLAIN ANALYZE – ${c.label}\n${plan.map((p) => p["QUERY PLAN"]).join("\n")}`);
      }
    }
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
    const fmt = (cells: string[]) =>
      cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
    console.log(fmt(header));
    for (const l of lines) console.log(fmt(l));
    console.log(
      `\nCibles / targets: ratio (median) ≤ ${TARGET_RATIO}, feature p95 < ${TARGET_P95_MS} ms: ${missed ? "MISSED" : "met"}.`,
    );
    if (missed) process.exitCode = 1;
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

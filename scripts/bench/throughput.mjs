// npm run bench:throughput [-- --no-build] – requests per second of a production build with the
// demo data, measured by autocannon from this process (10 connections, 10 s per URL after a 3 s
// warm-up): /signin, the network overview (signed in as the demo coordinator), the public SERD
// agenda, then the same agenda served by scripts/bench/minimal-agenda-server.mjs (node:http +
// postgres.js, same data from the same database, plain HTML) with the app stopped. Prints req/s,
// latency p50/p99 and the ratio agenda / minimal.
// Needs PostgreSQL, always: the minimal server cannot share an embedded PGlite with the app (PGlite
// has no cross-process lock). BENCH_DATABASE_URL defaults to
// postgres://postgres@127.0.0.1:5432/relais_bench; that database is dropped and recreated (its
// name must contain "bench"). BENCH_DURATION (s) and BENCH_CONNECTIONS override the defaults.
// A figure, not a test: it depends on the machine and on whatever else runs on it.
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import {
  baseEnv,
  buildUnlessSkipped,
  demo,
  fetchPage,
  freePort,
  freshDatabase,
  log,
  printTable,
  runBench,
  signIn,
  startNext,
  stopGroup,
  waitFor,
} from "./server.mjs";

const databaseUrl = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/relais_bench";
const duration = Number(process.env.BENCH_DURATION || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 10);
const warmup = 3;

async function load(url, cookie, seconds) {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: cookie ? { cookie } : {},
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed) log(`${url}: ${failed} failed requests of ${result.requests.total}`);
  return result;
}

async function measure(name, url, cookie) {
  await fetchPage(url, cookie);
  log(`autocannon ${url} (${warmup} s warm-up, ${duration} s measured)`);
  await load(url, cookie, warmup);
  const r = await load(url, cookie, duration);
  return {
    name,
    path: new URL(url).pathname,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failed: r.non2xx + r.errors + r.timeouts,
  };
}

async function startMinimal() {
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/bench/minimal-agenda-server.mjs"], {
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...baseEnv, NODE_ENV: "production", DATABASE_URL: databaseUrl, PORT: String(port) },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child, "minimal agenda server");
  try {
    await waitFor(`${baseUrl}/agenda/${demo.slug}`, 30_000, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

await runBench(async (onCleanup) => {
  buildUnlessSkipped();
  const db = await freshDatabase(databaseUrl);
  const server = await startNext(db.env);
  onCleanup(server.stop);
  const cookie = await signIn(server.baseUrl);
  const rows = [];
  rows.push(await measure("sign-in", `${server.baseUrl}/signin`, null));
  rows.push(await measure("overview", `${server.baseUrl}/n/${demo.slug}`, cookie));
  rows.push(await measure("public agenda", `${server.baseUrl}/agenda/${demo.slug}`, null));
  // The app is stopped first, so that the minimal server has the machine to itself as the app had.
  await server.stop();

  const minimal = await startMinimal();
  onCleanup(minimal.stop);
  const response = await fetch(`${minimal.baseUrl}/agenda/${demo.slug}`);
  const occurrences = response.headers.get("x-occurrences");
  await response.arrayBuffer();
  rows.push(await measure("minimal agenda", `${minimal.baseUrl}/agenda/${demo.slug}`, null));
  await minimal.stop();

  const agenda = rows.find((r) => r.name === "public agenda");
  const floor = rows.find((r) => r.name === "minimal agenda");
  console.log(
    `\nautocannon, ${connections} connections, ${duration} s per URL after ${warmup} s warm-up, PostgreSQL, ` +
      `${new Date().toISOString()} (minimal agenda: ${occurrences} occurrences)`,
  );
  printTable(
    ["page", "path", "req/s", "p50 ms", "p99 ms", "failed"],
    rows.map((r) => [r.name, r.path, r.rps.toFixed(1), r.p50, r.p99, r.failed]),
  );
  console.log(`\nratio agenda / minimal (req/s): ${(agenda.rps / floor.rps).toFixed(3)}`);
});

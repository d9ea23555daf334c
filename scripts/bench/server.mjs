// Shared by bench:lighthouse and bench:throughput: build the app, give it a fresh seeded database,
// run `next start` on a free port, sign in as the demo coordinator, stop the server.
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import postgres from "postgres";

export const demo = {
  slug: "plp-demo",
  email: "coordination@plp-demo.test",
  password: "relais-demo-2026",
};

export const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const log = (message) => console.error(`[bench] ${message}`);
export { log };

/** `next build`, unless the command line says --no-build. */
export function buildUnlessSkipped(argv = process.argv.slice(2)) {
  if (argv.includes("--no-build")) {
    log("--no-build: using the existing .next build");
    return;
  }
  log("next build …");
  const started = Date.now();
  const build = spawnSync("./node_modules/.bin/next", ["build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...baseEnv, NODE_ENV: "production" },
  });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
  log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/**
 * A fresh database for the server: with a PostgreSQL URL, drops and recreates that database
 * (its name must contain "bench", so a development database is never dropped by mistake);
 * without one, an empty PGlite directory. Returns the variables to give `next start`.
 */
export async function freshDatabase(url) {
  if (!url) {
    const dir = ".data/bench";
    rmSync(dir, { recursive: true, force: true });
    log(`fresh embedded database in ${dir}`);
    return { kind: "pglite", env: { DATABASE_URL: "", PGLITE_DIR: dir } };
  }
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes("bench")) {
    throw new Error(`BENCH_DATABASE_URL: database "${name}" must be [a-z0-9_] and contain "bench"`);
  }
  const admin = new URL(target);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
    await sql.unsafe(`create database ${name}`);
  } finally {
    await sql.end();
  }
  log(`fresh PostgreSQL database ${name}`);
  return { kind: "postgresql", env: { DATABASE_URL: url, PGLITE_DIR: ".data/bench-unused" } };
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200. */
export async function waitFor(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited (code ${child.exitCode})`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

/** Stops a detached child and everything it started (its process group). */
export async function stopGroup(child, name) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  const timer = setTimeout(() => signal("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
  log(`${name} stopped`);
}

/**
 * `next start` on a free port with the demo data seeded at start-up (SEED_DEMO=true; the server
 * migrates and seeds in instrumentation.ts before it answers). Its output goes to .data/bench-next.log.
 */
export async function startNext(dbEnv) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  mkdirSync(".data", { recursive: true });
  const out = createWriteStream(".data/bench-next.log");
  const child = spawn("./node_modules/.bin/next", ["start", "-p", String(port), "-H", "127.0.0.1"], {
    // Own process group, so that stopping it also stops next-server.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...baseEnv,
      NODE_ENV: "production",
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret",
      APP_URL: baseUrl,
      SEED_DEMO: "true",
      SMTP_URL: "",
      MAP_TILE_URL: "",
      ...dbEnv,
    },
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const stop = () => stopGroup(child, "next start");
  const started = Date.now();
  try {
    await waitFor(`${baseUrl}/api/health`, 240_000, child);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}; see .data/bench-next.log`);
  }
  log(`next start ready on ${baseUrl} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { baseUrl, child, stop };
}

/** `name=value` pairs of the Set-Cookie headers of a response. */
function cookiesOf(response) {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** Signs in through next-auth's credentials callback; returns the Cookie header of the session. */
export async function signIn(baseUrl, email = demo.email, password = demo.password) {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = await csrfResponse.json();
  const csrfCookies = cookiesOf(csrfResponse);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: baseUrl, json: "true" }),
  });
  await response.arrayBuffer();
  const session = cookiesOf(response).find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`sign-in as ${email} failed (HTTP ${response.status}, no session cookie)`);
  return session;
}

/** Fetches a page with the session; fails unless it answers 200. */
export async function fetchPage(url, cookie) {
  const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
  return text;
}

/** The first meeting linked from the network's meetings list. */
export async function findMeetingPath(baseUrl, cookie, slug = demo.slug) {
  const html = await fetchPage(`${baseUrl}/n/${slug}/meetings`, cookie);
  const match = html.match(new RegExp(`/n/${slug}/meetings/([0-9a-f]{8}-[0-9a-f-]{27})`));
  if (!match) throw new Error(`no meeting link on /n/${slug}/meetings`);
  return `/n/${slug}/meetings/${match[1]}`;
}

/** Runs `fn` with cleanup on exit and on Ctrl-C, and sets the exit code on failure. */
export async function runBench(fn) {
  const cleanups = [];
  const cleanup = async () => {
    while (cleanups.length)
      await cleanups
        .pop()()
        .catch(() => {});
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await fn((c) => cleanups.push(c));
  } catch (error) {
    console.error(`[bench] failed: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await cleanup();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** The first `left` columns left-aligned, the others (figures) right-aligned. */
export function printTable(header, rows, left = 2) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i < left ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

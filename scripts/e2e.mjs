// npm run test:e2e – end-to-end tests in a real Chromium against `next start`.
// Uses a fresh embedded database (.data/e2e), or, with E2E_DATABASE_URL, recreates that
// PostgreSQL database. Builds the app first when no build exists.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import postgres from "postgres";
import { findBrowser } from "./find-browser.mjs";

const browser = await findBrowser();
if (!browser) {
  console.error(
    "\nNo Chromium found for the end-to-end tests.\n" +
      "  Debian/Ubuntu: sudo apt-get install -y chromium\n" +
      "  elsewhere:     npx playwright install chromium\n" +
      "  or point CHROMIUM_PATH at a Chrome/Chromium binary.\n",
  );
  process.exit(1);
}

/** A port nobody listens on: a fixed one collides with another checkout's run on a shared machine. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const env = {
  ...process.env,
  CHROMIUM_PATH: browser,
  NEXT_TELEMETRY_DISABLED: "1",
  E2E_PORT: process.env.E2E_PORT ?? String(await freePort()),
};

if (process.env.E2E_DATABASE_URL) {
  const url = new URL(process.env.E2E_DATABASE_URL);
  const name = url.pathname.slice(1);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`E2E_DATABASE_URL: unexpected database name "${name}"`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  await sql.unsafe(`drop database if exists ${name} with (force)`);
  await sql.unsafe(`create database ${name}`);
  await sql.end();
  console.log(`[e2e] fresh PostgreSQL database ${name}`);
} else {
  const dir = env.E2E_PGLITE_DIR ?? ".data/e2e";
  rmSync(dir, { recursive: true, force: true });
  console.log(`[e2e] fresh embedded database in ${dir}`);
}

if (!existsSync(".next/BUILD_ID")) {
  const build = spawnSync("./node_modules/.bin/next", ["build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const run = spawnSync("./node_modules/.bin/playwright", ["test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env,
});
process.exit(run.status ?? 1);

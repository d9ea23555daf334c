import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import { createPglite } from "@/db/client";

// Backup and restore of a deployment (README, "Backup and restore"). PostgreSQL: pg_dump's custom
// format and pg_restore (installed with PostgreSQL; use the major version of the server or newer).
// Embedded PGlite: its data-directory dump (a gzipped tarball), restored into an empty directory.
// PGlite has no cross-process lock: stop the app before backing up or restoring its directory.
// No "server-only" marker: the npm scripts import this module.

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr.trim()}`);
}

/** pg_dump of the whole database (schema, data, migration journal) to `file`. */
export function backupPostgres(url: string, file: string): void {
  run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`]);
}

/**
 * pg_restore of `file` into the database of `url`, which must be empty (a new database): restoring
 * over live data would mix two states. One transaction: it applies whole or not at all.
 */
export function restorePostgres(url: string, file: string): void {
  if (!existsSync(file)) throw new Error(`no such backup file: ${file}`);
  run("pg_restore", ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error", `--dbname=${url}`, file]);
}

/** The data directory of an open PGlite, gzipped, to `file`. */
export async function backupPglite(pg: PGlite, file: string): Promise<void> {
  // dumpDataDir on an instance still starting never settles (seen from the npm script).
  await pg.waitReady;
  const dump = await pg.dumpDataDir("gzip");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
}

/** Restores a PGlite dump into `dir`, which must not exist or be empty. */
export async function restorePglite(file: string, dir: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`no such backup file: ${file}`);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`${dir} is not empty: restore into a new directory, then point PGLITE_DIR at it`);
  }
  const pg = createPglite(dir, { loadDataDir: new Blob([readFileSync(file)]) });
  await pg.waitReady;
  await pg.close();
}

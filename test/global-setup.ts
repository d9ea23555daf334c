import type { PGlite } from "@electric-sql/pglite";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { createPglite, openDb } from "../db/client";
import { migrateDatabase } from "../db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDump: string;
    pgliteEmptyDump: string;
    pgTemplate: { adminUrl: string; template: string } | null;
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function dumpToFile(pg: PGlite, dir: string, name: string): Promise<string> {
  const dump = await pg.dumpDataDir("none");
  const file = path.join(dir, name);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

// Migrates once, then every test file starts from a copy: a PGlite data-dir dump by default,
// or a PostgreSQL template database when TEST_DATABASE_URL is set.
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const dir = mkdtempSync(path.join(tmpdir(), "relais-test-"));
  // A new PGlite runs initdb: ~5 s on an idle machine, 20-70 s on a loaded one. It is paid once
  // here; db/migrate.test.ts restores this empty (never migrated) cluster instead (test/database.ts).
  const pg = createPglite();
  // Dumping before the instance is ready ends the whole process (exit code 13, no message).
  await pg.waitReady;
  project.provide("pgliteEmptyDump", await dumpToFile(pg, dir, "empty.tar"));
  if (adminUrl) {
    const template = `relais_tpl_${process.pid}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${template}`);
    await admin.unsafe(`create database ${template}`);
    const url = withDatabase(adminUrl, template);
    const handle = openDb({ url });
    await migrateDatabase(handle, url);
    await handle.close();
    await pg.close();
    project.provide("pgTemplate", { adminUrl, template });
    project.provide("pgliteDump", "");
    return async () => {
      await admin.unsafe(`drop database if exists ${template} with (force)`);
      await admin.end();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const handle = openDb({ pglite: pg });
  await migrateDatabase(handle);
  const file = await dumpToFile(pg, dir, "migrated.tar");
  await pg.close();
  project.provide("pgliteDump", file);
  project.provide("pgTemplate", null);
  return () => rmSync(dir, { recursive: true, force: true });
}

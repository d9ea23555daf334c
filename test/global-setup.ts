import { PGlite } from "@electric-sql/pglite";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDb } from "../db/client";
import { migrateDatabase } from "../db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteDump: string;
    pgTemplate: { adminUrl: string; template: string } | null;
  }
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

// Migrates once, then every test file starts from a copy: a PGlite data-dir dump by default,
// or a PostgreSQL template database when TEST_DATABASE_URL is set.
export default async function setup(project: TestProject) {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const template = `relais_tpl_${process.pid}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop database if exists ${template}`);
    await admin.unsafe(`create database ${template}`);
    const url = withDatabase(adminUrl, template);
    const handle = openDb({ url });
    await migrateDatabase(handle, url);
    await handle.close();
    project.provide("pgTemplate", { adminUrl, template });
    project.provide("pgliteDump", "");
    return async () => {
      await admin.unsafe(`drop database if exists ${template} with (force)`);
      await admin.end();
    };
  }
  const pg = new PGlite();
  const handle = openDb({ pglite: pg });
  await migrateDatabase(handle);
  const dump = await pg.dumpDataDir("none");
  const file = path.join(mkdtempSync(path.join(tmpdir(), "relais-test-")), "migrated.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await pg.close();
  project.provide("pgliteDump", file);
  project.provide("pgTemplate", null);
}

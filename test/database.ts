import type { PGlite } from "@electric-sql/pglite";
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { inject } from "vitest";
import { createPglite, openDb, type DbHandle } from "@/db/client";

export type TestDbHandle = DbHandle & { url?: string };

/**
 * A freshly migrated database of its own for one test file: in-memory PGlite restored from the
 * migrated dump, or a throw-away PostgreSQL database copied from the migrated template
 * (test/global-setup.ts migrates once and provides either).
 */
export async function createTestDb(): Promise<TestDbHandle> {
  const tpl = inject("pgTemplate");
  if (tpl) {
    const name = `relais_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = postgres(tpl.adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name} template ${tpl.template}`);
    const u = new URL(tpl.adminUrl);
    u.pathname = `/${name}`;
    const handle = openDb({ url: u.toString() });
    return {
      ...handle,
      url: u.toString(),
      close: async () => {
        await handle.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dump = readFileSync(inject("pgliteDump"));
  const pg = createPglite(undefined, { loadDataDir: new Blob([dump]) });
  return openDb({ pglite: pg });
}

/** An empty, never migrated, in-memory PGlite (restored from a dump: no initdb in the test). */
export function createEmptyPglite(): PGlite {
  return createPglite(undefined, { loadDataDir: new Blob([readFileSync(inject("pgliteEmptyDump"))]) });
}

// The databases opened in the current test file, closed by test/setup-db.ts after its last test.
const opened: TestDbHandle[] = [];
let setupRegistered = false;

/** Called by test/setup-db.ts: without it nobody would close the file's database. */
export function markSetupRegistered() {
  setupRegistered = true;
}

export async function openFileDb(): Promise<TestDbHandle> {
  if (!setupRegistered) {
    throw new Error("test/setup-db.ts is not in vitest's setupFiles: the test database would never be closed");
  }
  const handle = await createTestDb();
  opened.push(handle);
  return handle;
}

export async function closeFileDbs() {
  const handles = opened.splice(0);
  await Promise.all(handles.map((h) => h.close()));
}

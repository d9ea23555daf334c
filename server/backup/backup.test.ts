import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPglite, openDb } from "@/db/client";
import { contacts, networks, organisations, participations, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { getDirectoryFigures } from "@/features/directory/queries";
import { seedDemo } from "@/scripts/seed/index";
import { rawEnv } from "@/server/env";
import { createTestDb } from "@/test/database";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "./backup";

// Back up the demo data, restore it into an empty database, and find the same figures.
const work = mkdtempSync(path.join(tmpdir(), "relais-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function figures(db: Db) {
  const [demo] = await db.select({ id: networks.id }).from(networks).where(eq(networks.slug, "plp-demo"));
  return {
    networks: await db.$count(networks),
    users: await db.$count(users),
    organisations: await db.$count(organisations),
    contacts: await db.$count(contacts),
    participations: await db.$count(participations),
    directory: await getDirectoryFigures(db, { networkId: demo!.id }),
  };
}

describe("backup and restore", () => {
  it("PGlite: the data-directory dump restored into an empty directory gives the same figures", async () => {
    // A migrated database (the dump of test/global-setup.ts), with the demo data.
    // (On a PostgreSQL test run there is no such dump: a new PGlite is migrated here.)
    const dump = inject("pgliteDump");
    const pg = dump ? createPglite(undefined, { loadDataDir: new Blob([readFileSync(dump)]) }) : createPglite();
    const handle = openDb({ pglite: pg });
    if (!dump) await (await import("@/db/migrate")).migrateDatabase(handle);
    await seedDemo(handle.db);
    const before = await figures(handle.db);
    expect(before.organisations).toBeGreaterThan(90);
    const file = path.join(work, "relais.pglite.tar.gz");
    await backupPglite(pg, file);
    await handle.close();

    const dir = path.join(work, "restored");
    await restorePglite(file, dir);
    const restored = openDb({ pgliteDir: dir });
    try {
      expect(await figures(restored.db)).toEqual(before);
    } finally {
      await restored.close();
    }
    await expect(restorePglite(file, dir)).rejects.toThrow(/not empty/);
  }, 240_000);

  it.skipIf(!rawEnv("TEST_DATABASE_URL"))(
    "PostgreSQL: pg_dump restored with pg_restore into a new database gives the same figures",
    async () => {
      const source = await createTestDb();
      const target = await createTestDb();
      try {
        await seedDemo(source.db);
        const before = await figures(source.db);
        const file = path.join(work, "relais.pgdump");
        backupPostgres(source.url!, file);
        // An empty database: drop the migrated template's schema objects first.
        const admin = postgres(target.url!, { max: 1, onnotice: () => {} });
        await admin.unsafe("drop schema public cascade; create schema public; drop schema if exists drizzle cascade;");
        await admin.end();
        restorePostgres(target.url!, file);
        expect(await figures(target.db)).toEqual(before);
      } finally {
        await source.close();
        await target.close();
      }
    },
    240_000,
  );
});

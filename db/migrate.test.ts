import { rawEnv } from "@/server/env";
import { sql } from "drizzle-orm";
import { readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { createEmptyPglite } from "@/test/database";
import { openDb } from "./client";
import { executeRows } from "./execute";
import { countAppliedMigrations, migrateDatabase, migrationsFolder } from "./migrate";

const journal = JSON.parse(readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8")) as {
  entries: unknown[];
};
const expectedTables = [
  "users",
  "networks",
  "memberships",
  "invitations",
  "organisations",
  "contacts",
  "communes",
  "outbox_messages",
  "auth_throttles",
  "password_reset_tokens",
];

async function tablesOf(handle: ReturnType<typeof openDb>) {
  const rows = await executeRows<{ name: string }>(
    handle.db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public'`,
  );
  return rows.map((r) => r.name);
}

describe("migrations", () => {
  it("apply on an empty PGlite, once, and are counted", async () => {
    const handle = openDb({ pglite: createEmptyPglite() });
    try {
      expect(await countAppliedMigrations(handle.db)).toBe(0);
      await migrateDatabase(handle);
      await migrateDatabase(handle); // a restart applies nothing twice
      expect(await countAppliedMigrations(handle.db)).toBe(journal.entries.length);
      expect(await tablesOf(handle)).toEqual(expect.arrayContaining(expectedTables));
    } finally {
      await handle.close();
    }
  });

  // Needs a PostgreSQL server: CI (.ci/run) sets TEST_DATABASE_URL; `npm test` alone runs on PGlite.
  it.skipIf(!rawEnv("TEST_DATABASE_URL"))(
    "apply on an empty PostgreSQL database, with three instances starting at once",
    async () => {
      const adminUrl = rawEnv("TEST_DATABASE_URL")!;
      const name = `relais_mig_${process.pid}`;
      const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists ${name}`);
      await admin.unsafe(`create database ${name}`);
      const u = new URL(adminUrl);
      u.pathname = `/${name}`;
      const handles = [1, 2, 3].map(() => openDb({ url: u.toString() }));
      try {
        await Promise.all(handles.map((h) => migrateDatabase(h, u.toString())));
        expect(await countAppliedMigrations(handles[0]!.db)).toBe(journal.entries.length);
        expect(await tablesOf(handles[0]!)).toEqual(expect.arrayContaining(expectedTables));
      } finally {
        await Promise.all(handles.map((h) => h.close()));
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    },
  );
});

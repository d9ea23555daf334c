import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import path from "node:path";
import postgres from "postgres";
import type { DbHandle } from "./client";
import { executeRows } from "./execute";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { Db } from "./types";

export const migrationsFolder = path.join(process.cwd(), "drizzle");

// Arbitrary constant: the advisory lock that serialises migrations of several app instances.
const MIGRATION_LOCK = 724_311_001;

/**
 * Applies the committed migrations. On PostgreSQL, instances starting together take turns
 * on an advisory lock held by one dedicated connection.
 */
export async function migrateDatabase(handle: DbHandle, url?: string): Promise<void> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  if (!url) throw new Error("migrateDatabase: a PostgreSQL handle needs its URL");
  const conn = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await conn`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres(conn), { migrationsFolder });
    await conn`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await conn.end({ timeout: 5 });
  }
}

/** Number of migrations recorded as applied (0 when the bookkeeping table does not exist yet). */
export async function countAppliedMigrations(db: Db): Promise<number> {
  const [table] = await executeRows<{ t: string | null }>(
    db,
    sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`,
  );
  if (!table?.t) return 0;
  const [row] = await executeRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return Number(row?.n ?? 0);
}

import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { mkdirSync } from "node:fs";
import postgres from "postgres";
import { env } from "@/server/env";
import * as schema from "./schema";
import type { Db, DbKind } from "./types";

/**
 * Every PGlite of the project (app, tests, seed) is created here: the extensions the migrations
 * use (btree_gist for the no-overlap constraint on loans) must be loaded in each instance, also
 * one restored from a dump, or queries on those tables fail.
 */
export function createPglite(dataDir?: string, options: PGliteOptions = {}): PGlite {
  return new PGlite({ ...options, dataDir, extensions: { btree_gist, ...options.extensions } });
}

export type DbHandle = { db: Db; kind: DbKind; close: () => Promise<void> };

/** Opens a database: postgres.js on a URL, otherwise an embedded PGlite in a directory (or in memory). */
export function openDb(options: { url?: string; pgliteDir?: string; pglite?: PGlite }): DbHandle {
  if (options.url) {
    const sql = postgres(options.url, { max: 10, onnotice: () => {} });
    return {
      db: drizzlePostgres(sql, { schema, casing: "snake_case" }) as unknown as Db,
      kind: "postgresql",
      close: () => sql.end({ timeout: 5 }),
    };
  }
  let client = options.pglite;
  if (!client) {
    if (options.pgliteDir && !options.pgliteDir.startsWith("memory://")) {
      mkdirSync(options.pgliteDir, { recursive: true });
    }
    client = createPglite(options.pgliteDir);
  }
  const pg = client;
  return {
    db: drizzlePglite(pg, { schema, casing: "snake_case" }) as unknown as Db,
    kind: "pglite",
    close: () => pg.close(),
  };
}

// Kept on globalThis: instrumentation and route bundles are separate module graphs, and dev
// reloads re-run modules; PGlite must be opened exactly once per process.
const globalForDb = globalThis as unknown as { __relaisDb?: DbHandle };

export function getDbHandle(): DbHandle {
  if (!globalForDb.__relaisDb) {
    const e = env();
    globalForDb.__relaisDb = openDb({ url: e.DATABASE_URL, pgliteDir: e.PGLITE_DIR });
  }
  return globalForDb.__relaisDb;
}

export function getDb(): Db {
  return getDbHandle().db;
}

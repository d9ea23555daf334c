import type { SQL } from "drizzle-orm";
import type { Db } from "./types";

/** Runs raw SQL and returns its rows, whatever the driver (postgres.js gives an array, PGlite `{ rows }`). */
export async function executeRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

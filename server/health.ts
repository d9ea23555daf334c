import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db/client";
import { countAppliedMigrations } from "@/db/migrate";

export type Health =
  | { status: "ok"; database: DbHandle["kind"]; migrations: number }
  | { status: "error"; database: DbHandle["kind"]; reason: string };

/** Whether the database answers, and how many migrations it has applied. */
export async function checkHealth(handle: Pick<DbHandle, "db" | "kind">): Promise<Health> {
  try {
    await handle.db.execute(sql`select 1`);
    return { status: "ok", database: handle.kind, migrations: await countAppliedMigrations(handle.db) };
  } catch (error) {
    const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause : error) : null;
    const detail = cause && "code" in cause ? String(cause.code) : (cause?.message ?? String(error));
    return { status: "error", database: handle.kind, reason: `database unreachable (${detail})` };
  }
}

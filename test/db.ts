import { openFileDb } from "./database";

/**
 * The test file's own database, freshly migrated: `import { testDb } from "@/test/db"`.
 *
 * It is opened when a test file first imports this module (top-level await), so it is ready for
 * top-level fixtures, and a file that never imports it pays nothing for a database. Vitest runs
 * every test file in its own module graph, so each file gets a fresh one; test/setup-db.ts
 * (a `setupFiles` entry) closes it after the file's last test and its own afterAll hooks.
 */
export const testHandle = await openFileDb();
export const testDb = testHandle.db;

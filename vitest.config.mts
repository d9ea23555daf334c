import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // "server-only" throws outside React Server Components; tests run the same modules on Node.
      "server-only": path.resolve(import.meta.dirname, "test/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
    // Migrates once (a PGlite dump, or a PostgreSQL template database with TEST_DATABASE_URL).
    globalSetup: ["test/global-setup.ts"],
    // Closes the file's database after its last test; the database itself is opened by the file's
    // first import of "@/test/db", so files without one pay nothing (see test/db.ts).
    setupFiles: ["test/setup-db.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file that imports @/test/db gets its own database; two workers suit the 2-core machines.
    maxWorkers: 2,
  },
});

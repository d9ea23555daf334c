import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema; the dialect is all drizzle-kit needs to write SQL.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./drizzle",
  casing: "snake_case",
});

import { describe, expect, it } from "vitest";
import { testHandle as handle } from "@/test/db";
import { openDb } from "@/db/client";
import { checkHealth } from "./health";


describe("health", () => {
  it("reports the driver and the applied migrations of a migrated database", async () => {
    const health = await checkHealth(handle);
    expect(health).toMatchObject({ status: "ok", database: handle.kind });
    expect(health.status === "ok" && health.migrations).toBeGreaterThanOrEqual(1);
  });

  it("reports a PostgreSQL server that cannot be reached, with the reason", async () => {
    const down = openDb({ url: "postgres://relais@127.0.0.1:1/relais" });
    try {
      const health = await checkHealth(down);
      expect(health).toEqual({ status: "error", database: "postgresql", reason: "database unreachable (ECONNREFUSED)" });
    } finally {
      await down.close();
    }
  });
});

import { drizzle } from "drizzle-orm/postgres-js";
import { count, eq } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { trainingEnrolments } from "@/db/schema";
import type { Db } from "@/db/types";
import { createMailer } from "@/server/mail/mailer";
import { rawEnv } from "@/server/env";
import { testHandle as handle } from "@/test/db";
import { createNetwork, insertContact } from "@/test/factories/index";
import { buildCycle } from "@/test/factories/training";
import { enrolContacts } from "./mutations";

// Real concurrency needs many connections to a PostgreSQL server: PGlite has one connection.
const onPostgres = Boolean(rawEnv("TEST_DATABASE_URL"));
const mailer = createMailer({ from: "Relais <test@relais.test>" });

describe("enrolment requests at the same second", () => {
  it.skipIf(!onPostgres)("100 requests for 25 seats: exactly 25 enrolled, 75 waiting, no error", async () => {
    const db = handle.db;
    const network = await createNetwork(db);
    const cycle = await buildCycle(db, {
      networkId: network.id,
      startsOn: "2030-01-01",
      endsOn: "2030-12-31",
      capacity: 25,
      modules: [{ theme: "Compostage", plannedHours: 3, sessions: [] }],
    });
    const people = [];
    for (let i = 0; i < 100; i++) people.push(await insertContact(db, { networkId: network.id }));
    const sql = postgres(handle.url!, { max: 40, onnotice: () => {} });
    const pool = drizzle(sql, { schema, casing: "snake_case" }) as unknown as Db;
    try {
      const results = await Promise.allSettled(
        people.map((p) =>
          enrolContacts(
            pool,
            { networkId: network.id },
            { cycleId: cycle.id, contactIds: [p.id], segmentId: null },
            { mailer, locale: "fr", appUrl: "https://relais.test" },
          ),
        ),
      );
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      const byStatus = await db
        .select({ status: trainingEnrolments.status, n: count() })
        .from(trainingEnrolments)
        .where(eq(trainingEnrolments.cycleId, cycle.id))
        .groupBy(trainingEnrolments.status);
      expect(Object.fromEntries(byStatus.map((r) => [r.status, r.n]))).toEqual({ enrolled: 25, waiting: 75 });
    } finally {
      await sql.end({ timeout: 5 });
    }
  });
});

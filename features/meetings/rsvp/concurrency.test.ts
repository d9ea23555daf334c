import { drizzle } from "drizzle-orm/postgres-js";
import { and, count, eq } from "drizzle-orm";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import * as schema from "@/db/schema";
import { participations } from "@/db/schema";
import type { Db } from "@/db/types";
import { createMailer } from "@/server/mail/mailer";
import { rawEnv } from "@/server/env";
import { testHandle as handle } from "@/test/db";
import { createNetwork, insertContact } from "@/test/factories/index";
import { answerByToken } from "./answers";
import { sendDueReminders } from "./reminders";
import { insertEvent, insertParticipation } from "@/test/factories/meetings";

// Real concurrency needs many connections to a PostgreSQL server: PGlite has one connection, so
// there transactions can only take turns and the test would prove nothing.
const onPostgres = Boolean(rawEnv("TEST_DATABASE_URL"));

const mailer = createMailer({ from: "Relais <test@relais.test>" });

describe("answers at the same second", () => {
  it.skipIf(!onPostgres)(
    "300 'yes' for 40 seats: exactly 40 registered, 260 waitlisted, no error",
    async () => {
      const db = handle.db;
      const network = await createNetwork(db);
      const event = await insertEvent(db, { networkId: network.id, capacity: 40 });
      const people = [];
      for (let i = 0; i < 300; i++) {
        const person = await insertContact(db, { networkId: network.id });
        people.push(
          await insertParticipation(db, { networkId: network.id, eventId: event.id, contactId: person.id }),
        );
      }
      const sql = postgres(handle.url!, { max: 60, onnotice: () => {} });
      const pool = drizzle(sql, { schema, casing: "snake_case" }) as unknown as Db;
      try {
        const results = await Promise.allSettled(
          people.map((p) => answerByToken(pool, mailer, { token: p.token, answer: "yes", message: null })),
        );
        expect(results.filter((r) => r.status === "rejected")).toEqual([]);
        const byStatus = await db
          .select({ status: participations.status, n: count() })
          .from(participations)
          .where(and(eq(participations.eventId, event.id)))
          .groupBy(participations.status);
        expect(Object.fromEntries(byStatus.map((r) => [r.status, r.n]))).toEqual({
          registered: 40,
          waitlisted: 260,
        });
        const answered = results.map((r) => (r.status === "fulfilled" ? r.value.status : "error"));
        expect(answered.filter((s) => s === "registered")).toHaveLength(40);
      } finally {
        await sql.end({ timeout: 5 });
      }
    },
  );

  it.skipIf(!onPostgres)("two reminder runs on separate connections send each reminder once", async () => {
    const db = handle.db;
    const network = await createNetwork(db);
    const now = new Date();
    const event = await insertEvent(db, {
      networkId: network.id,
      startsAt: new Date(now.getTime() + 3_600_000),
    });
    for (let i = 0; i < 50; i++) {
      const person = await insertContact(db, { networkId: network.id });
      await insertParticipation(db, {
        networkId: network.id,
        eventId: event.id,
        contactId: person.id,
        status: "registered",
      });
    }
    const sqls = [postgres(handle.url!, { max: 2 }), postgres(handle.url!, { max: 2 })];
    const dbs = sqls.map((s) => drizzle(s, { schema, casing: "snake_case" }) as unknown as Db);
    try {
      const runs = await Promise.all(dbs.map((d) => sendDueReminders(d, mailer, now)));
      expect(runs[0]!.sent + runs[1]!.sent).toBe(50);
      const mails = await db
        .select({ n: count() })
        .from(schema.outboxMessages)
        .where(
          eq(
            schema.outboxMessages.subject,
            `Rappel : ${event.title} – ${new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "Europe/Paris" }).format(event.startsAt)}`,
          ),
        );
      expect(mails[0]!.n).toBe(50);
    } finally {
      await Promise.all(sqls.map((s) => s.end({ timeout: 5 })));
    }
  });
});

import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailQueue } from "@/db/schema";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "@/db/schema";
import type { Db } from "@/db/types";
import { rawEnv } from "@/server/env";
import { testDb as db, testHandle } from "@/test/db";
import { createMailer, smtpTransport } from "./mailer";
import { deliverDue, listEventMails, retryMail } from "./queue";
import { createNetworkWithRoles } from "@/test/factories/index";

// A real SMTP server that refuses the first two deliveries with a temporary error.
let server: SMTPServer;
let smtpUrl: string;
let refusals = 2;
const received: string[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      let body = "";
      stream.on("data", (c: Buffer) => (body += c.toString()));
      stream.on("end", () => {
        if (refusals > 0) {
          refusals--;
          const error = new Error("Service temporairement indisponible") as Error & { responseCode: number };
          error.responseCode = 451;
          return callback(error);
        }
        received.push(body);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the mail queue", () => {
  it("keeps a mail through two refusals and sends it once on the third attempt, recording each", async () => {
    const mailer = createMailer({ smtpUrl, from: "Relais <test@relais.test>" });
    const transport = smtpTransport(smtpUrl, "Relais <test@relais.test>");
    await db.transaction(async (tx) => {
      await mailer.send(tx, { to: "file@exemple.test", subject: "Invitation", text: "Bonjour" });
    });
    const [queued] = await db.select().from(mailQueue).where(eq(mailQueue.to, "file@exemple.test"));
    expect(queued).toMatchObject({ status: "pending", attempts: 0 });

    // Backoff of 0 ms in the test: each round retries at once.
    expect(await deliverDue(db, transport, { backoffBaseMs: 0 })).toEqual({ sent: 0, failed: 1 });
    expect(await deliverDue(db, transport, { backoffBaseMs: 0 })).toEqual({ sent: 0, failed: 1 });
    expect(await deliverDue(db, transport, { backoffBaseMs: 0 })).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDue(db, transport, { backoffBaseMs: 0 })).toEqual({ sent: 0, failed: 0 });

    const [row] = await db.select().from(mailQueue).where(eq(mailQueue.id, queued!.id));
    expect(row).toMatchObject({ status: "sent", attempts: 3, lastError: null });
    expect(row!.attemptLog.map((a) => a.ok)).toEqual([false, false, true]);
    expect(row!.attemptLog[0]!.error).toContain("451");
    expect(received).toHaveLength(1);
    expect(received[0]).toContain("Subject: Invitation");
  });

  it("waits longer after each failure (exponential backoff)", async () => {
    refusals = 1;
    const transport = smtpTransport(smtpUrl, "Relais <test@relais.test>");
    await createMailer({ smtpUrl, from: "x <x@relais.test>" }).send(db, { to: "attente@exemple.test", subject: "S", text: "T" });
    expect(await deliverDue(db, transport)).toMatchObject({ failed: 1 });
    const [row] = await db.select().from(mailQueue).where(eq(mailQueue.to, "attente@exemple.test"));
    expect(row!.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(50_000);
    // Not due yet: nothing is sent.
    expect(await deliverDue(db, transport)).toEqual({ sent: 0, failed: 0 });
  });

  it("a transaction rolled back sends nothing; 'renvoyer' puts a mail of the network back in the queue", async () => {
    const mailer = createMailer({ smtpUrl, from: "Relais <test@relais.test>" });
    await db
      .transaction(async (tx) => {
        await mailer.send(tx, { to: "annule@exemple.test", subject: "S", text: "T" });
        throw new Error("rollback");
      })
      .catch(() => undefined);
    expect(await db.select().from(mailQueue).where(eq(mailQueue.to, "annule@exemple.test"))).toEqual([]);

    const a = await createNetworkWithRoles(db, { slug: "courriel-a" });
    const b = await createNetworkWithRoles(db, { slug: "courriel-b" });
    await mailer.send(db, { to: "renvoi@exemple.test", subject: "S", text: "T", context: { networkId: a.network.id } });
    const [row] = await db.select().from(mailQueue).where(eq(mailQueue.to, "renvoi@exemple.test"));
    await db.update(mailQueue).set({ status: "failed" }).where(eq(mailQueue.id, row!.id));
    expect(await retryMail(db, { networkId: b.network.id, id: row!.id })).toBe(false);
    expect(await retryMail(db, { networkId: a.network.id, id: row!.id })).toBe(true);
    const [again] = await db.select().from(mailQueue).where(eq(mailQueue.id, row!.id));
    expect(again!.status).toBe("pending");
    expect(await listEventMails(db, { networkId: b.network.id, eventId: "00000000-0000-4000-8000-000000000000" })).toEqual([]);
  });

  // Several app instances: PGlite has one connection, so only PostgreSQL proves this.
  it.skipIf(!rawEnv("TEST_DATABASE_URL"))("three workers on separate connections send each mail once", async () => {
    refusals = 0;
    received.length = 0;
    await db.delete(mailQueue); // only this test's mails are due
    const mailer = createMailer({ smtpUrl, from: "Relais <test@relais.test>" });
    for (let i = 0; i < 30; i++) await mailer.send(db, { to: `foule-${i}@exemple.test`, subject: `Foule ${i}`, text: "T" });
    const transport = smtpTransport(smtpUrl, "Relais <test@relais.test>");
    const sqls = [1, 2, 3].map(() => postgres(testHandle.url!, { max: 2 }));
    try {
      const dbs = sqls.map((c) => drizzle(c, { schema, casing: "snake_case" }) as unknown as Db);
      const runs = await Promise.all(dbs.map((d) => deliverDue(d, transport, { limit: 30 })));
      expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(30);
      expect(received.filter((m) => m.includes("Subject: Foule"))).toHaveLength(30);
    } finally {
      await Promise.all(sqls.map((c) => c.end()));
    }
  });
});

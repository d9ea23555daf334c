import { and, eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { executeRows } from "@/db/execute";
import { testDb as db } from "@/test/db";
import { createNetwork } from "@/test/factories";
import { purgeAuditLog } from "./retention";

const dayMs = 86_400_000;
const now = new Date();
const daysAgo = (days: number) => new Date(now.getTime() - days * dayMs);

/** The PostgreSQL error code of a failed statement (drizzle wraps the driver's error in `cause`). */
async function errorCode(statement: Promise<unknown>): Promise<string | undefined> {
  try {
    await statement;
  } catch (error) {
    for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === "string") return code;
    }
    throw error;
  }
  return undefined;
}

async function entryAt(networkId: string | null, at: Date): Promise<string> {
  const [row] = await db
    .insert(auditLog)
    .values({ networkId, actorId: null, action: "directory.segmentDeleted", entity: "segments", at })
    .returning({ id: auditLog.id });
  return row!.id;
}
const existing = async (ids: string[]) =>
  (await db.select({ id: auditLog.id }).from(auditLog).where(inArray(auditLog.id, ids))).map((r) => r.id).sort();

// The audit trail's retention (docs/decisions/0037-audit-retention.md): rows are written with an
// age, then purged; the trigger's 180-day floor is checked against the database's clock.
describe("audit retention", () => {
  it("deletes the entries older than the retention, keeps the recent ones, and records the purge", async () => {
    const network = await createNetwork(db);
    const old = [await entryAt(network.id, daysAgo(800)), await entryAt(null, daysAgo(366))];
    const kept = [await entryAt(network.id, daysAgo(364)), await entryAt(network.id, daysAgo(2)), await entryAt(null, daysAgo(200))];
    const result = await purgeAuditLog(db, { retentionDays: 365, now });
    expect(result).toEqual({ deleted: 2, before: daysAgo(365) });
    expect(await existing([...old, ...kept])).toEqual([...kept].sort());
    const purges = await db.select().from(auditLog).where(eq(auditLog.action, "audit.purged"));
    expect(purges).toHaveLength(1);
    expect(purges[0]).toMatchObject({
      networkId: null,
      actorId: null,
      entity: "audit_log",
      summary: { deleted: 2, before: daysAgo(365).toISOString().slice(0, 10), retentionDays: 365 },
    });
    // A second run finds nothing and records nothing.
    expect((await purgeAuditLog(db, { retentionDays: 365, now })).deleted).toBe(0);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "audit.purged"))).toHaveLength(1);
    // A longer retention keeps more: 730 days keeps the 400-day-old entry that 365 would delete.
    const fourHundred = await entryAt(network.id, daysAgo(400));
    expect((await purgeAuditLog(db, { retentionDays: 730, now })).deleted).toBe(0);
    expect(await existing([fourHundred])).toEqual([fourHundred]);
  });

  it("still refuses a plain DELETE, an UPDATE and a TRUNCATE, even of an old entry", async () => {
    const old = await entryAt(null, daysAgo(1000));
    expect(await errorCode(db.execute(sql`delete from audit_log where id = ${old}`))).toBe("42501");
    expect(await errorCode(db.delete(auditLog).where(eq(auditLog.id, old)))).toBe("42501");
    expect(await errorCode(db.execute(sql`update audit_log set action = 'members.removed' where id = ${old}`))).toBe("42501");
    expect(await errorCode(db.execute(sql`truncate audit_log`))).toBe("42501");
    expect(await existing([old])).toEqual([old]);
  });

  it("opens the exception only for rows older than a cutoff at least 180 days ago, in that transaction only", async () => {
    const old = await entryAt(null, daysAgo(1000));
    const recent = await entryAt(null, daysAgo(10));
    const inPurge = (cutoff: string, statement: ReturnType<typeof sql>) =>
      db.transaction(async (tx) => {
        await executeRows(tx, sql`select set_config('relais.audit_purge_before', ${cutoff}, true)`);
        await tx.execute(statement);
      });
    // A cutoff of yesterday would delete nearly everything: refused by the database itself.
    expect(await errorCode(inPurge(new Date(Date.now() - dayMs).toISOString(), sql`delete from audit_log where id = ${old}`))).toBe("42501");
    // A valid cutoff does not reach a row newer than it, nor allow an UPDATE.
    const cutoff = new Date(Date.now() - 200 * dayMs).toISOString();
    expect(await errorCode(inPurge(cutoff, sql`delete from audit_log where id = ${recent}`))).toBe("42501");
    expect(await errorCode(inPurge(cutoff, sql`update audit_log set summary = '{}' where id = ${old}`))).toBe("42501");
    expect(await existing([old, recent])).toEqual([old, recent].sort());
    // Set for one transaction: the next statement outside it is refused again.
    await inPurge(cutoff, sql`select 1`);
    expect(await errorCode(db.execute(sql`delete from audit_log where id = ${old}`))).toBe("42501");
    expect(await existing([old])).toEqual([old]);
  });

  it("refuses a retention shorter than 180 days before touching anything", async () => {
    const network = await createNetwork(db);
    const entry = await entryAt(network.id, daysAgo(100));
    await expect(purgeAuditLog(db, { retentionDays: 90, now })).rejects.toThrow(/at least 180/);
    expect(await existing([entry])).toEqual([entry]);
    expect(
      await db.select().from(auditLog).where(and(eq(auditLog.action, "audit.purged"), eq(auditLog.summary, { retentionDays: 90 }))),
    ).toEqual([]);
  });
});

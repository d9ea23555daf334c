import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, memberships } from "@/db/schema";
import { executeRows } from "@/db/execute";
import { changeMemberRoleAction, removeMemberAction } from "@/features/members/actions";
import { changeMemberRole } from "@/features/members/manage";
import { listAuditActors, listAuditEntries } from "@/features/audit/queries";
import { auditFiltersSchema } from "@/features/audit/schemas";
import { loadNetworkContext } from "@/server/access/context";
import { verifyCredentials } from "@/server/auth/credentials";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { addMember, createNetworkWithRoles, createUser } from "@/test/factories";
import { auditActions } from "@/lib/domain/audit-actions";
import { translator } from "@/lib/i18n/messages";
import { audit } from "./index";

let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let other: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "audit-a" });
  other = await createNetworkWithRoles(db, { slug: "audit-b" });
});

const entriesOf = (networkId: string, action: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.networkId, networkId), eq(auditLog.action, action as "members.roleChanged")));

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

describe("audit trail", () => {
  it("records a role change with its actor, in the action's transaction", async () => {
    const member = await createUser(db);
    const m = await addMember(db, { userId: member.id, networkId: net.network.id, role: "elected" });
    const result = await runAction(changeMemberRoleAction, {
      db,
      userId: net.coordinator.id,
      networkSlug: net.network.slug,
      input: { membershipId: m.id, role: "coordinator", organisationId: "" },
    });
    expect(result.ok).toBe(true);
    const [entry] = (await entriesOf(net.network.id, "members.roleChanged")).filter((e) => e.entityId === m.id);
    expect(entry).toMatchObject({
      actorId: net.coordinator.id,
      entity: "memberships",
      summary: { userId: member.id, from: "elected", to: "coordinator" },
    });
  });

  it("rolls back with the change: a failed transaction leaves neither the change nor its entry", async () => {
    const member = await createUser(db);
    const m = await addMember(db, { userId: member.id, networkId: net.network.id, role: "elected" });
    await expect(
      db.transaction(async (tx) => {
        await changeMemberRole(tx, { networkId: net.network.id }, { membershipId: m.id, role: "coordinator", organisationId: null });
        expect((await tx.select().from(auditLog).where(eq(auditLog.entityId, m.id))).length).toBe(1);
        throw new Error("something later in the transaction failed");
      }),
    ).rejects.toThrow("later");
    const [row] = await db.select().from(memberships).where(eq(memberships.id, m.id));
    expect(row!.role).toBe("elected");
    expect(await db.select().from(auditLog).where(eq(auditLog.entityId, m.id))).toEqual([]);
  });

  it("writes nothing when the action is refused (the last coordinator stays)", async () => {
    const solo = await createNetworkWithRoles(db, { slug: "audit-solo" });
    const [m] = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.networkId, solo.network.id), eq(memberships.userId, solo.coordinator.id)));
    const result = await runAction(removeMemberAction, {
      db,
      userId: solo.coordinator.id,
      networkSlug: solo.network.slug,
      input: { membershipId: m!.id },
    });
    expect(result.ok).toBe(false);
    expect(await db.select().from(auditLog).where(eq(auditLog.networkId, solo.network.id))).toEqual([]);
  });

  it("is append-only: the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    await audit(db, { networkId: net.network.id, action: "directory.segmentDeleted", entity: "segments", actorId: null });
    expect(await errorCode(db.execute(sql`update audit_log set action = 'members.removed'`))).toBe("42501");
    expect(await errorCode(db.execute(sql`delete from audit_log`))).toBe("42501");
    expect(await errorCode(db.execute(sql`truncate audit_log`))).toBe("42501");
    const [n] = await executeRows<{ n: number }>(db, sql`select count(*)::int as n from audit_log`);
    expect(n!.n).toBeGreaterThan(0);
  });

  it("names every action in French and English (the log's column and filter read them)", () => {
    const label = (locale: "fr" | "en", action: string) => (translator(locale) as unknown as (key: string) => string)(`audit.actions.${action}`);
    expect(label("fr", "members.invited")).toBe("Invitation d'un membre");
    expect(label("fr", "audit.purged")).toBe("Entrées anciennes supprimées (durée de conservation)");
    for (const locale of ["fr", "en"] as const)
      expect(auditActions.filter((a) => label(locale, a).startsWith("audit.actions."))).toEqual([]);
  });

  it("refuses a summary key that looks like a secret or an identity", async () => {
    for (const key of ["password", "tokenHash", "email", "lastName"])
      await expect(
        audit(db, { networkId: null, action: "auth.passwordReset", entity: "users", summary: { [key]: "x" } }),
      ).rejects.toThrow(key);
  });

  it("shows a network only its own entries; the platform scope sees every network's", async () => {
    await audit(db, { networkId: other.network.id, actorId: other.coordinator.id, action: "network.settingsChanged", entity: "networks", entityId: other.network.id });
    const filters = auditFiltersSchema.parse({});
    const mine = await listAuditEntries(db, { networkId: net.network.id, filters });
    expect(mine.rows.length).toBeGreaterThan(0);
    expect(mine.rows.every((r) => r.networkName === net.network.name)).toBe(true);
    expect((await listAuditActors(db, { networkId: net.network.id })).map((a) => a.id)).not.toContain(other.coordinator.id);
    const all = await listAuditEntries(db, { networkId: null, all: true, filters });
    expect(new Set(all.rows.map((r) => r.networkName))).toEqual(new Set([net.network.name, other.network.name]));
  });

  it("filters by action, person and Paris day, and pages", async () => {
    const page = (values: Record<string, string>) =>
      listAuditEntries(db, { networkId: net.network.id, filters: auditFiltersSchema.parse(values) });
    expect((await page({ action: "members.roleChanged" })).rows.every((r) => r.action === "members.roleChanged")).toBe(true);
    expect((await page({ actor: net.coordinator.id })).rows.every((r) => r.actorId === net.coordinator.id)).toBe(true);
    expect((await page({ to: "2020-01-01" })).total).toBe(0);
    expect((await page({ from: "2020-01-01" })).total).toBe((await page({})).total);
    // A malformed filter is ignored, never an error.
    expect((await page({ action: "drop table", page: "x" })).total).toBe((await page({})).total);
    for (let i = 0; i < 55; i++)
      await audit(db, { networkId: net.network.id, actorId: null, action: "directory.contactExported", entity: "contacts" });
    const first = await page({ action: "directory.contactExported" });
    const second = await page({ action: "directory.contactExported", page: "2" });
    expect([first.rows.length, second.rows.length, first.pageCount]).toEqual([50, 5, 2]);
  });

  it("is read by coordinators only, and another network's log is not theirs", async () => {
    for (const role of ["coordinator", "partner", "ambassador", "elected"] as const) {
      const ctx = await loadNetworkContext(db, { userId: net[role].id, networkSlug: net.network.slug });
      expect(ctx!.can("audit.read")).toBe(role === "coordinator");
    }
    // requireMembership answers 404 when there is no context: the other network's coordinator has none here.
    expect(await loadNetworkContext(db, { userId: other.coordinator.id, networkSlug: net.network.slug })).toBeNull();
  });

  it("records failed sign-ins against an account and the lockout, without the typed email", async () => {
    const user = await createUser(db);
    for (let i = 0; i < 5; i++) await verifyCredentials(db, { email: user.email, password: "wrong", ip: "203.0.113.9" });
    const rows = await db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(rows.filter((r) => r.action === "auth.signInFailed")).toHaveLength(5);
    expect(rows.filter((r) => r.action === "auth.lockedOut")).toHaveLength(1);
    expect(rows.every((r) => r.networkId === null && r.actorId === null)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(user.email);
    // Unknown emails: nothing until an address is closed.
    for (let i = 0; i < 3; i++) await verifyCredentials(db, { email: "personne@exemple.test", password: "x", ip: "203.0.113.10" });
    const [n] = await executeRows<{ n: number }>(db, sql`select count(*)::int as n from audit_log where summary->>'address' = '203.0.113.10'`);
    expect(n!.n).toBe(0);
  });
});

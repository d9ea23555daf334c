import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import type { ActionResult } from "@/lib/action-result";
import { looseTranslator } from "@/lib/i18n/messages";
import { parseInput, resultOfError } from "@/server/access/run";
import { withActor } from "@/server/audit";
import { verifyCredentials } from "@/server/auth/credentials";
import { sessionUserOf } from "@/server/auth/session";
import { testDb as db } from "@/test/db";
import { createUser, factoryPassword } from "@/test/factories/index";
import { changePassword } from "./password-change";
import { passwordChangeSchema } from "./schemas";

// The password-change screen (/account/password, decision 0036). `submit` runs what
// changePasswordAction runs inside userAction — the schema, the change, the error translated in
// French — without the request: the re-issue of the current cookie is covered by e2e/security.spec.ts.
const t = looseTranslator("fr");
async function submit(userId: string, input: Record<string, string>): Promise<ActionResult<{ sessionVersion: number }>> {
  const parsed = await parseInput(passwordChangeSchema, input, t);
  if (!parsed.ok) return parsed;
  try {
    const data = await withActor(userId, () =>
      changePassword(db, { userId, currentPassword: parsed.data.currentPassword, password: parsed.data.password }),
    );
    return { ok: true, data };
  } catch (error) {
    return resultOfError(error, t);
  }
}

const userRow = async (id: string) => (await db.select().from(users).where(eq(users.id, id)))[0]!;
const signsIn = async (email: string, password: string) => (await verifyCredentials(db, { email, password, ip: null })).ok;

describe("password change", () => {
  it("a wrong current password gets a French field message and changes nothing", async () => {
    const user = await createUser(db, { email: "change-faux@exemple.test" });
    const before = await userRow(user.id);
    const result = await submit(user.id, {
      currentPassword: "pas le bon mot de passe",
      password: "un nouveau mot de passe",
      passwordConfirm: "un nouveau mot de passe",
    });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { currentPassword: ["Le mot de passe actuel est incorrect."] },
    });
    const after = await userRow(user.id);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.sessionVersion).toBe(before.sessionVersion);
    expect(await sessionUserOf(db, { id: user.id, sv: before.sessionVersion })).toMatchObject({ id: user.id });
    expect(await signsIn(user.email, factoryPassword)).toBe(true);
    expect(await signsIn(user.email, "un nouveau mot de passe")).toBe(false);
    expect(
      await db.select().from(auditLog).where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, "auth.passwordChanged"))),
    ).toEqual([]);
  });

  it("says in French when the two new passwords differ or the new one is the current one", async () => {
    const user = await createUser(db, { email: "change-regles@exemple.test" });
    expect(
      await submit(user.id, { currentPassword: factoryPassword, password: "un nouveau mot de passe", passwordConfirm: "un autre" }),
    ).toMatchObject({ ok: false, fieldErrors: { passwordConfirm: ["Les deux mots de passe ne sont pas identiques."] } });
    expect(
      await submit(user.id, { currentPassword: factoryPassword, password: factoryPassword, passwordConfirm: factoryPassword }),
    ).toMatchObject({ ok: false, fieldErrors: { password: ["Le nouveau mot de passe doit être différent de l'actuel."] } });
    expect((await userRow(user.id)).sessionVersion).toBe(0);
  });

  it("a correct change: the new password signs in, the old one no more, and the other sessions end", async () => {
    const user = await createUser(db, { email: "change-ok@exemple.test" });
    // A session issued before the change (say, on another computer).
    const earlier = { id: user.id, sv: (await userRow(user.id)).sessionVersion };
    expect(await sessionUserOf(db, earlier)).toMatchObject({ id: user.id });
    const result = await submit(user.id, {
      currentPassword: factoryPassword,
      password: "mon nouveau mot de passe",
      passwordConfirm: "mon nouveau mot de passe",
    });
    expect(result).toEqual({ ok: true, data: { sessionVersion: earlier.sv + 1 } });
    expect(await signsIn(user.email, "mon nouveau mot de passe")).toBe(true);
    expect(await signsIn(user.email, factoryPassword)).toBe(false);
    expect(await sessionUserOf(db, earlier)).toBeNull();
    // The session the action re-issues carries the returned version, and is accepted.
    expect(await sessionUserOf(db, { id: user.id, sv: earlier.sv + 1 })).toMatchObject({ id: user.id });
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, "auth.passwordChanged")));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: user.id, networkId: null, summary: {} });
  });

  it("refuses a sixth wrong current password within 15 minutes, even with the right one", async () => {
    const user = await createUser(db, { email: "change-bloque@exemple.test" });
    const wrong = { currentPassword: "faux", password: "un nouveau mot de passe", passwordConfirm: "un nouveau mot de passe" };
    for (let i = 0; i < 5; i++) expect((await submit(user.id, wrong)).ok).toBe(false);
    const result = await submit(user.id, { ...wrong, currentPassword: factoryPassword });
    expect(result).toMatchObject({
      ok: false,
      code: "throttled",
      error: "Trop de mots de passe actuels incorrects. Réessayez dans 15 minutes.",
    });
    expect(await signsIn(user.email, factoryPassword)).toBe(true);
  });
});

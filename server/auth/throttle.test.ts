import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { authThrottles } from "@/db/schema";
import { testDb as db } from "@/test/db";
import { createUser, factoryPassword } from "@/test/factories/index";
import { verifyCredentials } from "./credentials";
import { emailKey, recordFailure, throttleLimits } from "./throttle";


describe("sign-in rate limiting", () => {
  it("locks an email after 5 failures from one address, even with the right password then", async () => {
    const user = await createUser(db, { email: "cible@exemple.test" });
    for (let i = 0; i < throttleLimits.email; i++) {
      expect(await verifyCredentials(db, { email: user.email, password: "mauvais", ip: "10.0.0.1" })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(
      await verifyCredentials(db, { email: user.email, password: factoryPassword, ip: "10.0.0.1" }),
    ).toEqual({ ok: false, reason: "throttled" });
  });

  it("does not let anyone lock another person out: the owner still signs in from their address", async () => {
    const user = await createUser(db, { email: "victime@exemple.test" });
    // 5 requests from the attacker's address locked the account for everyone before.
    for (let i = 0; i < throttleLimits.email; i++) {
      await verifyCredentials(db, { email: user.email, password: "mauvais", ip: "203.0.113.66" });
    }
    expect(
      (await verifyCredentials(db, { email: user.email, password: factoryPassword, ip: "203.0.113.66" })).ok,
    ).toBe(false);
    expect(
      (await verifyCredentials(db, { email: user.email, password: factoryPassword, ip: "198.51.100.20" })).ok,
    ).toBe(true);
  });

  it("locks an address after 20 failures over many emails", async () => {
    const user = await createUser(db, { email: "voisin@exemple.test" });
    for (let i = 0; i < throttleLimits.ip; i++) {
      await verifyCredentials(db, { email: `essai-${i}@exemple.test`, password: "x", ip: "192.0.2.7" });
    }
    expect(
      (await verifyCredentials(db, { email: user.email, password: factoryPassword, ip: "192.0.2.7" })).ok,
    ).toBe(false);
    expect(
      (await verifyCredentials(db, { email: user.email, password: factoryPassword, ip: "192.0.2.8" })).ok,
    ).toBe(true);
  });

  it("clears the email's counter after a success and restarts after the 15-minute window", async () => {
    const user = await createUser(db, { email: "oubli@exemple.test" });
    for (let i = 0; i < 4; i++) await verifyCredentials(db, { email: user.email, password: "x", ip: null });
    expect((await verifyCredentials(db, { email: user.email, password: factoryPassword, ip: null })).ok).toBe(
      true,
    );
    expect(await db.select().from(authThrottles).where(eq(authThrottles.key, emailKey(user.email, null)))).toEqual(
      [],
    );

    for (let i = 0; i < 5; i++) await recordFailure(db, { email: user.email, ip: null });
    expect(
      await verifyCredentials(db, { email: user.email, password: factoryPassword, ip: null }),
    ).toMatchObject({ reason: "throttled" });
    await db
      .update(authThrottles)
      .set({ windowStartedAt: sql`now() - interval '16 minutes'` })
      .where(and(eq(authThrottles.scope, "email"), eq(authThrottles.key, emailKey(user.email, null))));
    expect((await verifyCredentials(db, { email: user.email, password: factoryPassword, ip: null })).ok).toBe(
      true,
    );
  });

  it("counts every failure when many arrive at once (shared by all app instances)", async () => {
    await Promise.all(
      Array.from({ length: 30 }, () =>
        recordFailure(db, { email: "rafale@exemple.test", ip: "198.51.100.1" }),
      ),
    );
    const rows = await db
      .select()
      .from(authThrottles)
      .where(eq(authThrottles.key, emailKey("rafale@exemple.test", "198.51.100.1")));
    expect(rows[0]!.failures).toBe(30);
  });
});

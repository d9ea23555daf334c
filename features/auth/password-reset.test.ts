import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboxMessages, passwordResetTokens } from "@/db/schema";
import { ActionError } from "@/lib/action-result";
import { createMailer } from "@/server/mail/mailer";
import { testDb as db } from "@/test/db";
import { createUser, factoryPassword } from "@/test/factories/index";
import { verifyCredentials } from "@/server/auth/credentials";
import {
  isResetTokenUsable,
  requestPasswordReset,
  resetPassword,
  resetRequestMinimumMs,
  resetTokenLifetimeMs,
} from "./password-reset";
import { recordFailure, isThrottled } from "@/server/auth/throttle";

const mailer = createMailer({ from: "Relais <test@relais.test>" });

async function tokenFromOutbox(email: string): Promise<string> {
  const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.to, email));
  const match = /reset-password\/([A-Za-z0-9_-]+)/.exec(mails.at(-1)?.text ?? "");
  if (!match) throw new Error(`no reset link mailed to ${email}`);
  return match[1]!;
}

describe("password reset", () => {
  it("mails a link and lets the new password sign in, the old one no more", async () => {
    const user = await createUser(db, { email: "reset@exemple.test" });
    await requestPasswordReset(db, mailer, {
      email: "RESET@exemple.test",
      locale: "fr",
      appUrl: "http://relais.test",
    });
    const [mail] = await db.select().from(outboxMessages).where(eq(outboxMessages.to, user.email));
    expect(mail!.subject).toBe("Réinitialisation de votre mot de passe Relais");
    const token = await tokenFromOutbox(user.email);
    expect(await isResetTokenUsable(db, token)).toBe(true);
    await resetPassword(db, { token, password: "nouveau mot de passe" });
    expect(
      (await verifyCredentials(db, { email: user.email, password: "nouveau mot de passe", ip: null })).ok,
    ).toBe(true);
    expect((await verifyCredentials(db, { email: user.email, password: factoryPassword, ip: null })).ok).toBe(
      false,
    );
  });

  it("refuses a used link", async () => {
    const user = await createUser(db, { email: "deux-fois@exemple.test" });
    await requestPasswordReset(db, mailer, { email: user.email, locale: "fr", appUrl: "http://relais.test" });
    const token = await tokenFromOutbox(user.email);
    await resetPassword(db, { token, password: "premier nouveau mdp" });
    const error = await resetPassword(db, { token, password: "second nouveau mdp" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).code).toBe("already_used");
    expect(
      (await verifyCredentials(db, { email: user.email, password: "premier nouveau mdp", ip: null })).ok,
    ).toBe(true);
  });

  it("refuses an expired link and keeps the old password", async () => {
    const user = await createUser(db, { email: "expire@exemple.test" });
    const past = new Date(Date.now() - resetTokenLifetimeMs - 1000);
    await requestPasswordReset(db, mailer, {
      email: user.email,
      locale: "fr",
      appUrl: "http://relais.test",
      now: past,
    });
    const token = await tokenFromOutbox(user.email);
    expect(await isResetTokenUsable(db, token)).toBe(false);
    const error = (await resetPassword(db, { token, password: "mot de passe neuf" }).catch(
      (e: unknown) => e,
    )) as ActionError;
    expect(error.code).toBe("expired");
    expect((await verifyCredentials(db, { email: user.email, password: factoryPassword, ip: null })).ok).toBe(
      true,
    );
  });

  it("sends nothing for an unknown email, and says nothing either", async () => {
    await expect(
      requestPasswordReset(db, mailer, {
        email: "inconnu@exemple.test",
        locale: "fr",
        appUrl: "http://relais.test",
      }),
    ).resolves.toBeUndefined();
    expect(
      await db.select().from(outboxMessages).where(eq(outboxMessages.to, "inconnu@exemple.test")),
    ).toEqual([]);
  });

  it("stores only a hash of the token", async () => {
    const user = await createUser(db, { email: "hash@exemple.test" });
    await requestPasswordReset(db, mailer, { email: user.email, locale: "fr", appUrl: "http://relais.test" });
    const token = await tokenFromOutbox(user.email);
    const rows = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
  });

  it("lifts the sign-in lock of the email once the password is reset", async () => {
    const user = await createUser(db, { email: "bloque@exemple.test" });
    for (let i = 0; i < 5; i++) await recordFailure(db, { email: user.email, ip: null });
    expect(await isThrottled(db, { email: user.email, ip: null })).toBe(true);
    await requestPasswordReset(db, mailer, { email: user.email, locale: "fr", appUrl: "http://relais.test" });
    await resetPassword(db, { token: await tokenFromOutbox(user.email), password: "mot de passe libéré" });
    expect(await isThrottled(db, { email: user.email, ip: null })).toBe(false);
  });

  it("makes an earlier link invalid once a newer one is sent, and kills the others when one is used", async () => {
    const user = await createUser(db, { email: "deux-liens@exemple.test" });
    await requestPasswordReset(db, mailer, { email: user.email, locale: "fr", appUrl: "http://relais.test", minimumMs: 0 });
    const first = await tokenFromOutbox(user.email);
    await requestPasswordReset(db, mailer, { email: user.email, locale: "fr", appUrl: "http://relais.test", minimumMs: 0 });
    const second = await tokenFromOutbox(user.email);
    expect(second).not.toBe(first);
    expect(await isResetTokenUsable(db, first)).toBe(false);
    expect(await isResetTokenUsable(db, second)).toBe(true);
    const error = (await resetPassword(db, { token: first, password: "ancien lien refusé" }).catch((e: unknown) => e)) as ActionError;
    expect(error.code).toBe("already_used");
    await resetPassword(db, { token: second, password: "nouveau lien accepté" });
    expect((await verifyCredentials(db, { email: user.email, password: "nouveau lien accepté", ip: null })).ok).toBe(true);
  });

  it("mails at most 3 links per email in 15 minutes (12 requests at once sent 12 mails before)", async () => {
    const user = await createUser(db, { email: "rafale-reset@exemple.test" });
    await Promise.all(
      Array.from({ length: 12 }, () =>
        requestPasswordReset(db, mailer, { email: user.email, locale: "fr", appUrl: "http://relais.test", minimumMs: 0 }),
      ),
    );
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.to, user.email));
    expect(mails.length).toBeLessThanOrEqual(3);
    expect(mails.length).toBeGreaterThanOrEqual(1);
  });

  it("limits the requests of one address over many emails", async () => {
    for (let i = 0; i < 12; i++) {
      await createUser(db, { email: `adresse-${i}@exemple.test` });
      await requestPasswordReset(db, mailer, {
        email: `adresse-${i}@exemple.test`,
        locale: "fr",
        appUrl: "http://relais.test",
        ip: "203.0.113.9",
        minimumMs: 0,
      });
    }
    const mails = await db.select().from(outboxMessages);
    expect(mails.filter((m) => m.to.startsWith("adresse-"))).toHaveLength(10);
  });

  it("answers known and unknown emails after the same minimum time", async () => {
    await createUser(db, { email: "connu@exemple.test" });
    const time = async (email: string) => {
      const start = performance.now();
      await requestPasswordReset(db, mailer, { email, locale: "fr", appUrl: "http://relais.test" });
      return performance.now() - start;
    };
    for (const email of ["connu@exemple.test", "pas-de-compte@exemple.test"]) {
      expect(await time(email)).toBeGreaterThanOrEqual(resetRequestMinimumMs - 5);
    }
  });
});

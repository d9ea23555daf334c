import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { invitations, memberships, outboxMessages, users } from "@/db/schema";
import { verifyCredentials } from "@/server/auth/credentials";
import { ActionError } from "@/lib/action-result";
import { createMailer } from "@/server/mail/mailer";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import {
  acceptInvitation,
  createInvitation,
  findInvitationByToken,
  invitationLifetimeMs,
} from "./invitations";
import { invitationSchema } from "./schemas";

const outbox = createMailer({ from: "Relais <test@relais.test>" });
const appUrl = "http://relais.test";

let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let other: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "plp-test", name: "PLP de test" });
  other = await createNetworkWithRoles(db, { slug: "autre-reseau" });
});

const invite = (email: string, over: Partial<Parameters<typeof createInvitation>[2]> = {}) =>
  createInvitation(db, outbox, {
    networkId: net.network.id,
    email,
    role: "partner",
    organisationId: net.organisation.id,
    invitedById: net.coordinator.id,
    locale: "fr",
    appUrl,
    ...over,
  });

async function expectActionError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActionError);
  expect((error as ActionError).code).toBe(code);
}

describe("invitations", () => {
  it("emails a French invitation whose link carries the token", async () => {
    const { token } = await invite("Nadia.Roux@Exemple.test");
    const [mail] = await db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.to, "nadia.roux@exemple.test"));
    expect(mail!.subject).toBe("Invitation à rejoindre le réseau « PLP de test »");
    expect(mail!.text).toContain(`${appUrl}/invitation/${token}`);
    expect(mail!.text).toContain("en tant que Partenaire");
  });

  it("creates the account and the membership on acceptance; the password then works", async () => {
    const { token } = await invite("lea.martin@exemple.test");
    const result = await acceptInvitation(db, { token, name: "Léa Martin", password: "un mot de passe sûr" });
    expect(result).toMatchObject({ networkSlug: "plp-test", createdAccount: true });
    const [m] = await db
      .select({ role: memberships.role, organisationId: memberships.organisationId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, "lea.martin@exemple.test"));
    expect(m).toEqual({ role: "partner", organisationId: net.organisation.id });
    const login = await verifyCredentials(db, {
      email: "lea.martin@exemple.test",
      password: "un mot de passe sûr",
      ip: null,
    });
    expect(login.ok).toBe(true);
  });

  it("refuses a second use of the same link and changes nothing", async () => {
    const { token } = await invite("paul.henry@exemple.test");
    await acceptInvitation(db, { token, name: "Paul Henry", password: "premier mot de passe" });
    await expectActionError(
      acceptInvitation(db, { token, name: "Intrus", password: "autre mot de passe" }),
      "already_used",
    );
    const [u] = await db.select().from(users).where(eq(users.email, "paul.henry@exemple.test"));
    expect(u!.name).toBe("Paul Henry");
    expect((await findInvitationByToken(db, token))?.status).toBe("used");
  });

  it("refuses an expired link (7 days) without creating anything", async () => {
    const { token } = await invite("tard@exemple.test", {
      now: new Date(Date.now() - invitationLifetimeMs - 60_000),
    });
    expect((await findInvitationByToken(db, token))?.status).toBe("expired");
    await expectActionError(
      acceptInvitation(db, { token, name: "Trop Tard", password: "mot de passe long" }),
      "expired",
    );
    expect(await db.select().from(users).where(eq(users.email, "tard@exemple.test"))).toEqual([]);
  });

  it("refuses an unknown token", async () => {
    expect(await findInvitationByToken(db, "x".repeat(43))).toBeNull();
    await expectActionError(
      acceptInvitation(db, { token: "x".repeat(43), name: "A", password: "mot de passe long" }),
      "not_found",
    );
  });

  it("keeps only the newest invitation of an email valid", async () => {
    const first = await invite("double@exemple.test");
    const second = await invite("double@exemple.test", { role: "elected", organisationId: null });
    expect((await findInvitationByToken(db, first.token))?.status).toBe("revoked");
    await expectActionError(
      acceptInvitation(db, { token: first.token, name: "D", password: "mot de passe long" }),
      "expired",
    );
    await acceptInvitation(db, { token: second.token, name: "Double", password: "mot de passe long" });
  });

  it("adds an existing account to a second network without touching its password", async () => {
    const { token } = await createInvitation(db, outbox, {
      networkId: other.network.id,
      email: "lea.martin@exemple.test",
      role: "elected",
      organisationId: null,
      invitedById: other.coordinator.id,
      locale: "en",
      appUrl,
    });
    const result = await acceptInvitation(db, { token });
    expect(result.createdAccount).toBe(false);
    const rows = await db
      .select({ role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, "lea.martin@exemple.test"));
    expect(rows.map((r) => r.role).sort()).toEqual(["elected", "partner"]);
    expect(
      (
        await verifyCredentials(db, {
          email: "lea.martin@exemple.test",
          password: "un mot de passe sûr",
          ip: null,
        })
      ).ok,
    ).toBe(true);
  });

  it("refuses to invite a current member, or with an organisation of another network", async () => {
    await expectActionError(invite(net.elected.email), "conflict");
    const foreign = await createOrganisation(db, { networkId: other.network.id });
    await expectActionError(invite("x@exemple.test", { organisationId: foreign.id }), "invalid_input");
    expect(
      await db
        .select()
        .from(invitations)
        .where(and(eq(invitations.email, "x@exemple.test"))),
    ).toEqual([]);
  });

  it("validates the form: bad email, unknown role, partner without organisation", () => {
    const r = invitationSchema.safeParse({ email: "pas-un-email", role: "chef", organisationId: "" });
    expect(r.success).toBe(false);
    const fields = r.error!.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["email", "role"]));
    const p = invitationSchema.safeParse({ email: "a@b.test", role: "partner", organisationId: "" });
    expect(p.error!.issues[0]).toMatchObject({
      path: ["organisationId"],
      message: "validation.partnerNeedsOrganisation",
    });
  });
});

import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memberships, serdActions, users } from "@/db/schema";
import { testDb as db } from "@/test/db";
import { runAction } from "@/test/actions";
import { createNetworkWithRoles, createOrganisation, factoryPassword } from "@/test/factories/index";
import { insertAction, insertEdition } from "@/test/factories/serd-figures";
import { loadNetworkContext } from "@/server/access/context";
import { verifyCredentials } from "@/server/auth/credentials";
import { changeMemberRoleAction, removeMemberAction } from "./actions";
import { listMembers } from "./queries";

const a = await createNetworkWithRoles(db);
const b = await createNetworkWithRoles(db);
const membershipOf = async (networkId: string, userId: string) =>
  (
    await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.networkId, networkId), eq(memberships.userId, userId)))
  )[0];
const as = (userId: string, slug: string, action: unknown, input: unknown) =>
  runAction(action as never, { db, userId, networkSlug: slug, input });

describe("members: roles, removal, last sign-in", () => {
  it("lets the coordinator make a partner an ambassador of another organisation", async () => {
    const org = await createOrganisation(db, { networkId: a.network.id });
    const m = (await membershipOf(a.network.id, a.partner.id))!;
    const result = await as(a.coordinator.id, a.network.slug, changeMemberRoleAction, {
      membershipId: m.id,
      role: "ambassador",
      organisationId: org.id,
    });
    expect(result.ok).toBe(true);
    expect(await membershipOf(a.network.id, a.partner.id)).toMatchObject({
      role: "ambassador",
      organisationId: org.id,
    });
    const ctx = await loadNetworkContext(db, { userId: a.partner.id, networkSlug: a.network.slug });
    expect(ctx?.organisationId).toBe(org.id);
  });

  it("refuses a partner without organisation with a field error", async () => {
    const m = (await membershipOf(a.network.id, a.elected.id))!;
    const result = await as(a.coordinator.id, a.network.slug, changeMemberRoleAction, {
      membershipId: m.id,
      role: "partner",
      organisationId: "",
    });
    expect(result).toMatchObject({ ok: false });
    expect(JSON.stringify(result)).toContain("organisationId");
  });

  it("is the coordinator's alone, and another network's member is not found", async () => {
    const m = (await membershipOf(a.network.id, a.elected.id))!;
    const byPartner = await as(a.ambassador.id, a.network.slug, removeMemberAction, { membershipId: m.id });
    expect(byPartner).toMatchObject({ ok: false });
    const foreign = await as(b.coordinator.id, b.network.slug, removeMemberAction, { membershipId: m.id });
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    expect(await membershipOf(a.network.id, a.elected.id)).toBeDefined();
  });

  it("keeps the last coordinator", async () => {
    const m = (await membershipOf(a.network.id, a.coordinator.id))!;
    const demote = await as(a.coordinator.id, a.network.slug, changeMemberRoleAction, {
      membershipId: m.id,
      role: "elected",
      organisationId: "",
    });
    expect(demote).toMatchObject({ ok: false, code: "conflict" });
    const remove = await as(a.coordinator.id, a.network.slug, removeMemberAction, { membershipId: m.id });
    expect(remove).toMatchObject({ ok: false, code: "conflict" });
  });

  it("ends a removed member's access at once and keeps what they recorded", async () => {
    const edition = await insertEdition(db, { networkId: a.network.id, year: 2026 });
    const { action } = await insertAction(db, {
      networkId: a.network.id,
      editionId: edition.id,
      leadOrganisationId: a.organisation.id,
      occurrences: [],
    });
    await db.update(serdActions).set({ createdById: a.ambassador.id }).where(eq(serdActions.id, action.id));
    expect(
      await loadNetworkContext(db, { userId: a.ambassador.id, networkSlug: a.network.slug }),
    ).not.toBeNull();
    const m = (await membershipOf(a.network.id, a.ambassador.id))!;
    const result = await as(a.coordinator.id, a.network.slug, removeMemberAction, { membershipId: m.id });
    expect(result.ok).toBe(true);
    // Their session is a signed cookie naming the user; the next request's membership check fails.
    expect(await loadNetworkContext(db, { userId: a.ambassador.id, networkSlug: a.network.slug })).toBeNull();
    const [kept] = await db.select().from(serdActions).where(eq(serdActions.id, action.id));
    expect(kept?.createdById).toBe(a.ambassador.id);
  });

  it("records each sign-in and shows it on the members' list", async () => {
    const before = await listMembers(db, { networkId: b.network.id });
    expect(before.find((m) => m.userId === b.partner.id)?.lastSignInAt).toBeNull();
    const [user] = await db.select().from(users).where(eq(users.id, b.partner.id));
    const result = await verifyCredentials(db, { email: user!.email, password: factoryPassword, ip: null });
    expect(result.ok).toBe(true);
    const after = await listMembers(db, { networkId: b.network.id });
    expect(after.find((m) => m.userId === b.partner.id)?.lastSignInAt).toBeInstanceOf(Date);
  });
});

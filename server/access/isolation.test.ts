import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { networks } from "@/db/schema";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createUser } from "@/test/factories/index";
import { looseTranslator } from "@/lib/i18n/messages";
import { loadNetworkContext } from "./context";
import { runNetworkAction } from "./run";

let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let b: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "reseau-a" });
  b = await createNetworkWithRoles(db, { slug: "reseau-b" });
});

const t = looseTranslator("fr");
const renameSchema = z.object({ name: z.string().trim().min(1).max(200) });
// A representative write: renames the caller's network, scoped by the context's networkId.
const rename = (userId: string | null, networkSlug: string, input: unknown) =>
  runNetworkAction(
    { db, userId, networkSlug, schema: renameSchema, permission: "network.settings", t, input },
    async (ctx, v) => {
      await ctx.db.update(networks).set({ name: v.name }).where(eq(networks.id, ctx.network.id));
      return ctx.network.id;
    },
  );

describe("network isolation and roles", () => {
  it("resolves a member's own network with their role", async () => {
    const ctx = await loadNetworkContext(db, { userId: a.partner.id, networkSlug: "reseau-a" });
    expect(ctx?.network.id).toBe(a.network.id);
    expect(ctx?.role).toBe("partner");
    expect(ctx?.organisationId).toBe(a.organisation.id);
  });

  it("gives network A's coordinator 'not found' for network B, and changes nothing there", async () => {
    expect(await loadNetworkContext(db, { userId: a.coordinator.id, networkSlug: "reseau-b" })).toBeNull();
    const result = await rename(a.coordinator.id, "reseau-b", { name: "Piraté" });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(result.ok ? "" : result.error).toMatch(/Introuvable/);
    const [row] = await db.select().from(networks).where(eq(networks.id, b.network.id));
    expect(row!.name).toBe("Réseau reseau-b");
  });

  it("answers 'not found' for an unknown or malformed slug", async () => {
    expect(await rename(a.coordinator.id, "nexiste-pas", { name: "x" })).toMatchObject({ code: "not_found" });
    expect(await rename(a.coordinator.id, "../etc/passwd", { name: "x" })).toMatchObject({
      code: "not_found",
    });
  });

  it("refuses a write to a role without the permission, and to nobody signed in", async () => {
    for (const role of ["partner", "ambassador", "elected"] as const) {
      expect(await rename(a[role].id, "reseau-a", { name: "Nouveau" })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await rename(null, "reseau-a", { name: "Nouveau" })).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
    const [row] = await db.select().from(networks).where(eq(networks.id, a.network.id));
    expect(row!.name).toBe("Réseau reseau-a");
  });

  it("rejects malformed input with French field errors and writes nothing", async () => {
    const result = await rename(a.coordinator.id, "reseau-a", { name: "   " });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    expect(result.ok ? null : result.fieldErrors).toEqual({ name: ["Ce champ est obligatoire."] });
  });

  it("lets the coordinator write to their own network", async () => {
    expect(await rename(a.coordinator.id, "reseau-a", { name: "PLP de l'agglomération" })).toEqual({
      ok: true,
      data: a.network.id,
    });
  });

  it("gives a user of two networks the right role in each", async () => {
    const both = await createUser(db);
    const { addMember } = await import("@/test/factories/index");
    await addMember(db, { userId: both.id, networkId: a.network.id, role: "ambassador" });
    await addMember(db, { userId: both.id, networkId: b.network.id, role: "elected" });
    expect(
      (await loadNetworkContext(db, { userId: both.id, networkSlug: "reseau-a" }))?.can("events.write"),
    ).toBe(true);
    expect(
      (await loadNetworkContext(db, { userId: both.id, networkSlug: "reseau-b" }))?.can("events.write"),
    ).toBe(false);
  });
});

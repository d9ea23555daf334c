import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { networks, outboxMessages } from "@/db/schema";
import { acceptInvitation } from "@/features/members/invitations";
import { loadNetworkContext } from "@/server/access/context";
import { ActionError } from "@/lib/action-result";
import { createMailer } from "@/server/mail/mailer";
import { testDb as db } from "@/test/db";
import { createUser } from "@/test/factories/index";
import { createNetwork, updateNetworkSettings } from "./mutations";
import { getDirectoryFigures } from "@/features/directory/queries";
import { listAllNetworks, listUserNetworks } from "./queries";
import { createNetworkSchema, networkSettingsSchema } from "./schemas";

const mailer = createMailer({ from: "Relais <test@relais.test>" });

describe("networks", () => {
  it("lets the platform administrator create a network whose invited coordinator then runs it", async () => {
    const admin = await createUser(db, { isPlatformAdmin: true });
    const input = createNetworkSchema.parse({
      name: "PLP du Grand Rodez",
      slug: "Grand-Rodez",
      territoryLabel: "8 communes",
      coordinatorEmail: "coordination@rodez.test",
    });
    const network = await createNetwork(db, mailer, {
      ...input,
      createdById: admin.id,
      locale: "fr",
      appUrl: "http://relais.test",
    });
    expect(network.slug).toBe("grand-rodez");
    const [mail] = await db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.to, "coordination@rodez.test"));
    expect(mail!.text).toContain("en tant que Coordination");
    const token = /invitation\/(\S+)/.exec(mail!.text)![1]!;
    const { userId } = await acceptInvitation(db, {
      token,
      name: "Sophie Vidal",
      password: "mot de passe rodez",
    });
    const ctx = await loadNetworkContext(db, { userId, networkSlug: "grand-rodez" });
    expect(ctx?.role).toBe("coordinator");
    expect(await listUserNetworks(db, { userId })).toEqual([
      { slug: "grand-rodez", name: "PLP du Grand Rodez", role: "coordinator", brandColor: "#1d5e4e" },
    ]);
    expect((await listAllNetworks(db)).find((n) => n.slug === "grand-rodez")).toMatchObject({
      members: 1,
      coordinators: 1,
    });
    expect(await getDirectoryFigures(db, { networkId: network.id })).toMatchObject({
      organisations: 0,
      contacts: 0,
      memberCommunes: 0,
    });
  });

  it("refuses a slug already taken, and writes nothing", async () => {
    const admin = await createUser(db, { isPlatformAdmin: true });
    const before = await db.$count(networks);
    const error = await createNetwork(db, mailer, {
      name: "Doublon",
      slug: "grand-rodez",
      territoryLabel: "",
      coordinatorEmail: "x@rodez.test",
      createdById: admin.id,
      locale: "fr",
      appUrl: "http://relais.test",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).fieldKeys).toEqual({ slug: "errors.slugTaken" });
    expect(await db.$count(networks)).toBe(before);
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.to, "x@rodez.test"))).toEqual([]);
  });

  it("validates slugs, colours and logo addresses", () => {
    expect(
      createNetworkSchema.safeParse({ name: "A", slug: "é à", coordinatorEmail: "a@b.test" }).error
        ?.issues[0],
    ).toMatchObject({
      path: ["slug"],
      message: "validation.slug",
    });
    const bad = networkSettingsSchema.safeParse({
      name: "A",
      brandColor: "vert",
      logoUrl: "javascript:alert(1)",
      directoryVisibility: "tout",
      kind: "syndicat",
    });
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual([
      "brandColor",
      "directoryVisibility",
      "kind",
      "logoUrl",
    ]);
  });

  it("updates the branding of one network only", async () => {
    const [rodez] = await db.select().from(networks).where(eq(networks.slug, "grand-rodez"));
    const other = await db.insert(networks).values({ name: "Autre", slug: "autre" }).returning();
    const values = networkSettingsSchema.parse({
      name: "Réseau des communes du Grand Rodez",
      territoryLabel: "Aveyron",
      brandColor: "#FFD500",
      logoUrl: "https://www.grand-rodez.test/logo.png",
      directoryVisibility: "organisations",
      kind: "exchange",
    });
    await updateNetworkSettings(db, { networkId: rodez!.id, ...values });
    const [after] = await db.select().from(networks).where(eq(networks.id, rodez!.id));
    expect(after).toMatchObject({
      name: "Réseau des communes du Grand Rodez",
      brandColor: "#FFD500",
      directoryVisibility: "organisations",
      kind: "exchange",
    });
    const [untouched] = await db.select().from(networks).where(eq(networks.id, other[0]!.id));
    expect(untouched!.name).toBe("Autre");
  });
});

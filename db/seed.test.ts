import { and, countDistinct, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/features/auth/credentials";
import { actorTypes } from "@/lib/domain/enums";
import { createTestDb } from "@/test/db";
import { communes, contacts, memberships, networks, organisations, users } from "./schema";
import { demoAccounts, demoPassword, seedDemo } from "./seed";

const handle = await createTestDb();
const db = handle.db;
afterAll(() => handle.close());

let first: { created: boolean };
beforeAll(async () => {
  first = await seedDemo(db);
});

async function networkId(slug: string) {
  const [n] = await db.select({ id: networks.id }).from(networks).where(eq(networks.slug, slug));
  return n!.id;
}

describe("demo data", () => {
  it("loads once: a second run changes nothing", async () => {
    expect(first.created).toBe(true);
    const before = await db.$count(contacts);
    expect(await seedDemo(db)).toEqual({ created: false });
    expect(await db.$count(contacts)).toBe(before);
  });

  it("models the Mulhouse-like network: ~100 organisations over every actor type, ~250 contacts", async () => {
    const id = await networkId("plp-demo");
    expect(await db.$count(organisations, eq(organisations.networkId, id))).toBeGreaterThanOrEqual(95);
    expect(await db.$count(contacts, eq(contacts.networkId, id))).toBeGreaterThanOrEqual(240);
    expect(await db.$count(communes, eq(communes.networkId, id))).toBeGreaterThanOrEqual(30);
    const [types] = await db
      .select({ n: countDistinct(organisations.actorType) })
      .from(organisations)
      .where(eq(organisations.networkId, id));
    expect(types!.n).toBe(actorTypes.length);
    expect(
      await db.$count(contacts, and(eq(contacts.networkId, id), eq(contacts.isRelayActor, true))),
    ).toBeGreaterThanOrEqual(20);
  });

  it("models the SITTOM-like network: 9 member collectivities and their ambassadors", async () => {
    const id = await networkId("ambassadeurs-demo");
    expect(
      await db.$count(
        organisations,
        and(eq(organisations.networkId, id), eq(organisations.actorType, "municipality")),
      ),
    ).toBe(9);
    expect(
      await db.$count(contacts, and(eq(contacts.networkId, id), eq(contacts.isAmbassador, true))),
    ).toBeGreaterThanOrEqual(9);
  });

  it("keeps each network's contacts attached to its own organisations only", async () => {
    const linked = await db
      .select({ c: contacts.networkId, o: organisations.networkId })
      .from(contacts)
      .innerJoin(organisations, eq(organisations.id, contacts.organisationId));
    expect(linked.length).toBeGreaterThan(200);
    const wrong = linked.filter((r) => r.c !== r.o);
    expect(wrong).toEqual([]);
  });

  it("creates one demo account per role, all signing in with the documented password", async () => {
    for (const account of demoAccounts) {
      expect(
        (await verifyCredentials(db, { email: account.email, password: demoPassword, ip: null })).ok,
        account.email,
      ).toBe(true);
    }
    const roles = await db
      .select({ email: users.email, role: memberships.role, slug: networks.slug })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(networks, eq(networks.id, memberships.networkId));
    expect(roles).toEqual(
      expect.arrayContaining([
        { email: "coordination@plp-demo.test", role: "coordinator", slug: "plp-demo" },
        { email: "partenaire@plp-demo.test", role: "partner", slug: "plp-demo" },
        { email: "ambassadeur@plp-demo.test", role: "ambassador", slug: "plp-demo" },
        { email: "ambassadeur@plp-demo.test", role: "ambassador", slug: "ambassadeurs-demo" },
        { email: "elu@plp-demo.test", role: "elected", slug: "plp-demo" },
        { email: "coordination@ambassadeurs-demo.test", role: "coordinator", slug: "ambassadeurs-demo" },
      ]),
    );
    const [admin] = await db.select().from(users).where(eq(users.email, "admin@relais.test"));
    expect(admin!.isPlatformAdmin).toBe(true);
  });
});

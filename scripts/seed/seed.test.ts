import { and, asc, countDistinct, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/server/auth/credentials";
import { contactSearchText, organisationSearchText } from "@/features/directory/mutations";
import { listRetentionCandidates } from "@/features/directory/gdpr/queries";
import { actorTypes, engagementStatuses } from "@/lib/domain/enums";
import { executeRows } from "@/db/execute";
import { testDb as db } from "@/test/db";
import {
  communes,
  contacts,
  memberships,
  networks,
  organisationStatusChanges,
  organisations,
  serdEditions,
  users,
} from "@/db/schema";
import { getDashboard, staffTotals } from "@/features/dashboards/queries";
import { getConversion, getCycleFigures, listCycles } from "@/features/training/queries";
import { demoAccounts, demoPassword, seedDemo } from "./index";

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

  it("models the Mulhouse-like network: ~100 organisations over every actor type but EPCI, ~250 contacts", async () => {
    const id = await networkId("plp-demo");
    expect(await db.$count(organisations, eq(organisations.networkId, id))).toBeGreaterThanOrEqual(95);
    expect(await db.$count(contacts, eq(contacts.networkId, id))).toBeGreaterThanOrEqual(240);
    expect(await db.$count(communes, eq(communes.networkId, id))).toBeGreaterThanOrEqual(30);
    const [types] = await db
      .select({ n: countDistinct(organisations.actorType) })
      .from(organisations)
      .where(eq(organisations.networkId, id));
    // The PLP is itself the EPCI: its directory holds every other type of actor.
    expect(types!.n).toBe(actorTypes.filter((t) => t !== "epci").length);
    expect(
      await db.$count(contacts, and(eq(contacts.networkId, id), eq(contacts.isRelayActor, true))),
    ).toBeGreaterThanOrEqual(20);
  });

  it("models the SITTOM-like network: 9 member collectivities (8 EPCIs and 1 commune) and their ambassadors", async () => {
    const id = await networkId("ambassadeurs-demo");
    const ofType = (type: "epci" | "municipality") =>
      db.$count(organisations, and(eq(organisations.networkId, id), eq(organisations.actorType, type)));
    expect([await ofType("epci"), await ofType("municipality")]).toEqual([8, 1]);
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

  it("gives every organisation an engagement history from its creation to its current status", async () => {
    const orgs = await db.select().from(organisations);
    const changes = await db
      .select()
      .from(organisationStatusChanges)
      .orderBy(asc(organisationStatusChanges.changedAt));
    const [coordinator] = await db.select().from(users).where(eq(users.email, "coordination@plp-demo.test"));
    const rank = (s: string | null) => engagementStatuses.indexOf(s as (typeof engagementStatuses)[number]);
    let stepsBack = 0;
    for (const o of orgs) {
      const history = changes.filter((c) => c.organisationId === o.id);
      expect(history[0], o.name).toMatchObject({
        fromStatus: null,
        toStatus: "potential",
        changedAt: o.createdAt,
      });
      expect(history.at(-1)!.toStatus, o.name).toBe(o.status);
      history.slice(1).forEach((step, i) => {
        const previous = history[i]!;
        expect(step.fromStatus, o.name).toBe(previous.toStatus);
        expect(step.toStatus, o.name).not.toBe(step.fromStatus);
        expect(step.changedAt.getTime(), o.name).toBeGreaterThan(previous.changedAt.getTime());
        if (rank(step.toStatus) < rank(step.fromStatus)) stepsBack += 1;
      });
      expect(history.every((c) => c.networkId === o.networkId)).toBe(true);
      expect(history.at(-1)!.changedAt.getTime()).toBeLessThan(Date.now());
    }
    expect(changes.length).toBeGreaterThan(orgs.length * 2);
    expect(stepsBack).toBeGreaterThanOrEqual(5);
    const plp = await networkId("plp-demo");
    expect(changes.filter((c) => c.networkId === plp).every((c) => c.changedById === coordinator!.id)).toBe(
      true,
    );
  });

  it("fills the search text of every organisation and contact as the directory computes it", async () => {
    const orgs = await db
      .select({ organisation: organisations, communeName: communes.name })
      .from(organisations)
      .leftJoin(communes, eq(communes.id, organisations.communeId));
    for (const { organisation: o, communeName } of orgs) {
      expect(o.searchText, o.name).toBe(organisationSearchText(o, communeName));
    }
    const people = await db
      .select({ contact: contacts, organisationName: organisations.name })
      .from(contacts)
      .leftJoin(organisations, eq(organisations.id, contacts.organisationId));
    for (const { contact: c, organisationName } of people) {
      expect(c.searchText).not.toBe("");
      expect(c.searchText).toBe(contactSearchText(c, organisationName));
    }
    expect(orgs.find((o) => o.organisation.name.startsWith("École"))?.organisation.searchText).toMatch(
      /^ecole /,
    );
  });

  it("leaves people without interaction for three years to review, in the Mulhouse-like network only", async () => {
    const plp = await listRetentionCandidates(db, { networkId: await networkId("plp-demo") });
    expect(plp.total).toBe(15);
    const amb = await listRetentionCandidates(db, { networkId: await networkId("ambassadeurs-demo") });
    expect(amb.total).toBe(0);
    const [person] = await db.select().from(contacts).where(eq(contacts.id, plp.rows[0]!.id));
    expect(person!.createdAt.getTime()).toBeLessThanOrEqual(person!.lastInteractionAt!.getTime());
  });

  it("computes the fiches' staff time and objective from the demo records", async () => {
    const plp = await staffTotals(db, { networkId: await networkId("plp-demo"), year: 2014 });
    const role = Object.fromEntries(plp.byRole.map((r) => [r.staffRole, r]));
    expect(role.project_officer?.days).toBe(33.5);
    expect(role.intern?.days).toBe(6);
    const sittom = await staffTotals(db, { networkId: await networkId("ambassadeurs-demo"), year: 2015 });
    expect(sittom.total.fte).toBe(0.1);
    const dashboard = await getDashboard(db, {
      networkId: await networkId("plp-demo"),
      year: 2014,
      today: "2026-12-07",
    });
    const objective = dashboard.objectives.find((o) => o.title.startsWith("−10 %"));
    expect(objective).toMatchObject({ actual: 46500, target: 46800, status: "reached", trend: "improving" });
  });

  it("reproduces the Mulhouse training: 22 trainees, 5 modules, 73 % ran a labelled SERD 2014 action", async () => {
    const id = await networkId("plp-demo");
    const [cycle] = (await listCycles(db, { networkId: id })).filter(
      (c) => c.title === "Formation des acteurs relais 2014",
    );
    const figures = (await getCycleFigures(db, { networkId: id, cycleId: cycle!.id }))!;
    expect(figures).toMatchObject({ enrolled: 22, trained: 22 });
    expect(figures.byModule).toHaveLength(5);
    const [edition] = await db
      .select({ id: serdEditions.id })
      .from(serdEditions)
      .where(and(eq(serdEditions.networkId, id), eq(serdEditions.year, 2014)));
    const conversion = (await getConversion(db, {
      networkId: id,
      cycleId: cycle!.id,
      editionId: edition!.id,
    }))!;
    expect([conversion.acting, conversion.trained]).toEqual([16, 22]);
    expect(new Intl.NumberFormat("fr-FR", { style: "percent" }).format(conversion.share!)).toBe("73\u00a0%");
    const amb = await listCycles(db, { networkId: await networkId("ambassadeurs-demo") });
    expect(amb).toHaveLength(1);
  });

  it("shows the training and tools figures on the dashboard, as their own pages and SQL count them", async () => {
    const id = await networkId("plp-demo");
    const plp = await getDashboard(db, { networkId: id, year: 2014, today: "2026-12-07" });
    const value = (d: typeof plp, key: string) => d.figures.find((f) => f.indicator.id === key)?.point?.value;
    expect(value(plp, "training.enrolled")).toBe(22);
    expect(value(plp, "training.trained")).toBe(22);
    expect(value(plp, "training.conversion")).toBeCloseTo((100 * 16) / 22, 6);
    const ambId = await networkId("ambassadeurs-demo");
    const today = new Date().toISOString().slice(0, 10);
    const [loans] = await executeRows<{ year: number; n: number }>(
      db,
      sql`select extract(year from checked_out_on)::int as year, count(*)::int as n from tool_loans
          where network_id = ${ambId} and checked_out_on <= ${today}::date group by 1 order by 1 desc limit 1`,
    );
    const amb = await getDashboard(db, { networkId: ambId, year: loans!.year, today });
    expect(value(amb, "tools.loans")).toBe(loans!.n);
  });
});

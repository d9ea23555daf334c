import { and, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { eventSeries, events, memberships, networks, participations, users } from "@/db/schema";
import {
  computeIndicator,
  getDashboard,
  getOverviewFigures,
  overviewTiles,
  staffTotals,
} from "@/features/dashboards/queries";
import { getMeetingFigures } from "@/features/meetings/figures";
import { parisToday } from "@/lib/domain/paris-time";
import { testDb as db } from "@/test/db";
import { seedDemo } from "../index";

// The seed fiches' figures, computed by the app's own queries over the demo records.

const today = parisToday();
beforeAll(async () => {
  await seedDemo(db);
});

async function network(slug: string) {
  const [n] = await db.select().from(networks).where(eq(networks.slug, slug));
  return n!;
}
const tile = (tiles: Awaited<ReturnType<typeof getOverviewFigures>>, key: string) =>
  tiles.find((t) => (t.key ?? t.name) === key);

describe("the seed fiches as demo networks", () => {
  it("gives each network its kind, a coordinator and an elected official", async () => {
    const rows = await db
      .select({ slug: networks.slug, kind: networks.kind, email: users.email, role: memberships.role })
      .from(networks)
      .innerJoin(memberships, eq(memberships.networkId, networks.id))
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(inArray(memberships.role, ["coordinator", "elected"]));
    const kinds = Object.fromEntries(rows.map((r) => [r.slug, r.kind]));
    expect(kinds).toEqual({
      "plp-demo": "plp",
      "ambassadeurs-demo": "ambassadors",
      "echanges-demo": "exchange",
      "directions-demo": "internal",
    });
    for (const slug of ["ambassadeurs-demo", "echanges-demo", "directions-demo"]) {
      expect(
        rows
          .filter((r) => r.slug === slug)
          .map((r) => r.role)
          .sort(),
        slug,
      ).toEqual(["coordinator", "elected"]);
    }
    expect(rows).toContainEqual({
      slug: "echanges-demo",
      kind: "exchange",
      email: "elu@echanges-demo.test",
      role: "elected",
    });
  });

  it("Grand Rodez: 5 communes of 8 and 11 people at the 2011 day, 39 h ≈ 560 €, the objectives computed", async () => {
    const n = await network("echanges-demo");
    const filter = { eventType: "municipal_network_day" };
    const at = (id: string, year: number) =>
      computeIndicator(db, { networkId: n.id, id, year, filter, today });
    expect(await at("meetings.held", 2011)).toBe(1);
    expect(await at("meetings.communesPresent", 2011)).toBe(5);
    expect(await at("meetings.averagePresent", 2011)).toBe(11);
    expect(await at("meetings.held", 2012)).toBe(1);
    expect(await computeIndicator(db, { networkId: n.id, id: "tools.published", year: 2011, today })).toBe(4);
    const [day] = await db
      .select({ id: events.id })
      .from(events)
      .where(
        and(
          eq(events.networkId, n.id),
          eq(events.title, "Journée du réseau d'échanges des communes : 4 actions exemplaires"),
        ),
      );
    const present = await db.$count(
      participations,
      and(eq(participations.eventId, day!.id), inArray(participations.status, ["present", "late"])),
    );
    expect(present).toBe(11);
    const meetings = await getMeetingFigures(db, { networkId: n.id });
    expect(meetings.communes.total).toBe(8);

    const staff = await staffTotals(db, { networkId: n.id, year: 2011 });
    expect(staff.total.hours).toBe(39);
    expect(Math.round(staff.total.cost / 10) * 10).toBe(560);

    const dashboard = await getDashboard(db, { networkId: n.id, year: 2011, today });
    const objective = (title: string) => dashboard.objectives.find((o) => o.title.startsWith(title));
    expect(objective("6 communes sur 8")).toMatchObject({ target: 6, actual: 5, status: "not_reached" });
    expect(objective("1 action concrète")).toMatchObject({ target: 8, actual: 4, status: "not_reached" });
    expect(objective("Une réunion d'échange")).toMatchObject({ target: 1, actual: 1, status: "reached" });

    const tiles = await getOverviewFigures(db, { networkId: n.id, kind: "exchange", today });
    expect(tile(tiles, "exchangeDays")).toMatchObject({ value: 2, year: 2011 });
    expect(tile(tiles, "communesPresent")).toMatchObject({ ofCommunes: 8 });
    expect(tile(tiles, "communesPresent")!.series).toContainEqual({ year: 2011, value: 5 });
    expect(tile(tiles, "methodSheets")).toMatchObject({ value: 5 });
  });

  it("SITTOM-MI: 9 member collectivities, one visit day of three visits, meetings every one or two months, 10 % of an FTE", async () => {
    const n = await network("ambassadeurs-demo");
    const tiles = await getOverviewFigures(db, { networkId: n.id, kind: "ambassadors", today });
    expect(tile(tiles, "memberCollectivities")!.value).toBe(9);
    expect(tile(tiles, "visitDays")!.value).toBe(1);
    expect(await db.$count(events, and(eq(events.networkId, n.id), eq(events.eventType, "site_visit")))).toBe(
      3,
    );
    expect(tile(tiles, "toolsPublished")!.value).toBeGreaterThanOrEqual(3);
    expect(tile(tiles, "fte")).toMatchObject({ value: 0.1, year: 2015 });
    expect((await staffTotals(db, { networkId: n.id, year: 2015 })).total.fte).toBe(0.1);
    const meetings = await getMeetingFigures(db, { networkId: n.id });
    const intervals = meetings.medianIntervalByYear.flatMap((y) =>
      y.medianDays === null ? [] : [y.medianDays],
    );
    expect(intervals.length).toBeGreaterThan(0);
    for (const days of intervals) {
      expect(days).toBeGreaterThanOrEqual(28);
      expect(days).toBeLessThanOrEqual(63);
    }
    // No actors' councils here: the overview shows none of their averages.
    expect(meetings.councils.held).toBe(0);
    expect(overviewTiles.ambassadors.map((t) => t.id)).not.toContain("meetings.averagePresent");
  });

  it("Marseille Provence: 4 working groups meeting over the years, the managers' seminar, 800+ agents and 18 jobs recorded", async () => {
    const n = await network("directions-demo");
    const filter = { eventType: "working_group" };
    for (const year of [2012, 2014, 2016]) {
      expect(
        await computeIndicator(db, { networkId: n.id, id: "meetings.workingGroups", year, filter, today }),
      ).toBe(4);
    }
    expect(await db.$count(eventSeries, eq(eventSeries.networkId, n.id))).toBe(4);
    const [seminar] = await db
      .select({ id: events.id, status: events.status })
      .from(events)
      .where(and(eq(events.networkId, n.id), eq(events.eventType, "thematic_workshop")))
      .orderBy(events.startsAt)
      .limit(1);
    expect(seminar!.status).toBe("held");
    const tiles = await getOverviewFigures(db, { networkId: n.id, kind: "internal", today });
    expect(tile(tiles, "workingGroups")!.value).toBe(4);
    expect(tile(tiles, "workingGroupMeetings")!.value).toBe(40);
    expect(tile(tiles, "directions")!.value).toBe(10);
    expect(tile(tiles, "Agents mobilisés par les actions de sensibilisation")).toMatchObject({
      value: 820,
      year: 2012,
    });
    expect(tile(tiles, "Emplois créés par les ressourceries")).toMatchObject({ value: 18, year: 2016 });
    const dashboard = await getDashboard(db, { networkId: n.id, year: 2016, today });
    expect(dashboard.recorded.find((r) => r.name.startsWith("Emplois"))!.point?.value).toBe(18);
  });

  it("keeps the overview's figures of one network out of another's", async () => {
    const rodez = await network("echanges-demo");
    const marseille = await network("directions-demo");
    const asInternal = await getOverviewFigures(db, { networkId: rodez.id, kind: "internal", today });
    expect(asInternal.some((t) => t.key === "workingGroups")).toBe(false);
    expect(asInternal.some((t) => t.name?.startsWith("Emplois"))).toBe(false);
    const asExchange = await getOverviewFigures(db, { networkId: marseille.id, kind: "exchange", today });
    expect(asExchange.some((t) => t.key === "methodSheets")).toBe(false);
  });
});

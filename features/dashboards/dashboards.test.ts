import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  communes,
  contacts,
  events,
  objectives,
  participations,
  recordedValues,
  serdActions,
  serdEditions,
  serdOccurrences,
  timeEntries,
} from "@/db/schema";
import { parseParisDateTime } from "@/lib/domain/paris-time";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import {
  createObjectiveAction,
  createRecordedIndicatorAction,
  createTimeEntryAction,
  importRecordedValuesAction,
  recordValueAction,
  saveStaffSettingsAction,
  saveWeekGridAction,
} from "./actions";
import { getDashboard, staffTimeFor, staffTotals } from "./queries";

let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let b: Awaited<ReturnType<typeof createNetworkWithRoles>>;
const as = (user: { id: string }, net = a) => ({ db, userId: user.id, networkSlug: net.network.slug });
const today = "2015-03-02";
let councilId: string;
let tonnesId: string;

async function meeting(networkId: string, at: string, status: "held" | "planned" = "held") {
  const startsAt = parseParisDateTime(at)!;
  const [row] = await db
    .insert(events)
    .values({
      networkId,
      eventType: "municipal_network_day",
      title: `Journée ${at}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      status,
    })
    .returning();
  return row!.id;
}

beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "tableau-a" });
  b = await createNetworkWithRoles(db, { slug: "tableau-b" });
  const towns = await db
    .insert(communes)
    .values(
      Array.from({ length: 8 }, (_, i) => ({
        networkId: a.network.id,
        name: `Commune ${i}`,
        inseeCode: `1210${i}`,
      })),
    )
    .returning();
  // Five of the eight communes send someone to the 2014 municipal network day; two to the 2013 one.
  councilId = await meeting(a.network.id, "2014-10-02T09:00");
  const first = await meeting(a.network.id, "2013-10-03T09:00");
  await meeting(a.network.id, "2014-12-02T09:00", "planned");
  for (let i = 0; i < 6; i++) {
    const org = await createOrganisation(db, {
      networkId: a.network.id,
      communeId: towns[i]!.id,
      name: `Mairie ${i}`,
    });
    const [person] = await db
      .insert(contacts)
      .values({ networkId: a.network.id, firstName: `P${i}`, lastName: "Élu", organisationId: org.id })
      .returning();
    await db.insert(participations).values({
      networkId: a.network.id,
      eventId: councilId,
      contactId: person!.id,
      organisationId: org.id,
      status: i < 5 ? "present" : "excused",
    });
    if (i < 2)
      await db.insert(participations).values({
        networkId: a.network.id,
        eventId: first,
        contactId: person!.id,
        organisationId: org.id,
        status: "present",
      });
  }
  // SERD: 2013 finished with 2 actions, 2014 with 3 labelled (1 draft), 4 occurrences.
  const org = await createOrganisation(db, { networkId: a.network.id });
  for (const [year, labelled, occurrences] of [
    [2013, 2, 2],
    [2014, 3, 4],
  ] as const) {
    const [edition] = await db
      .insert(serdEditions)
      .values({
        networkId: a.network.id,
        year,
        startsOn: `${year}-11-22`,
        endsOn: `${year}-11-30`,
        registrationOpensOn: `${year}-09-01`,
        registrationClosesOn: `${year}-11-10`,
      })
      .returning();
    for (let i = 0; i < labelled + 1; i++) {
      const [action] = await db
        .insert(serdActions)
        .values({
          networkId: a.network.id,
          editionId: edition!.id,
          title: `A${i}`,
          leadOrganisationId: org.id,
          status: i < labelled ? "labelled" : "draft",
        })
        .returning();
      const n = i === 0 ? occurrences - labelled + 1 : 1;
      for (let k = 0; k < n; k++)
        await db.insert(serdOccurrences).values({
          networkId: a.network.id,
          actionId: action!.id,
          date: `${year}-11-2${3 + k}`,
          actualParticipants: 10,
        });
    }
  }
});

describe("computed indicators", () => {
  it("count held meetings, their attendance and the communes present, per year", async () => {
    const d = await getDashboard(db, { networkId: a.network.id, year: 2014, today });
    const fig = (id: string) => d.figures.find((f) => f.indicator.id === id)!;
    expect(fig("meetings.held").point).toEqual({ year: 2014, value: 1, stage: "final" });
    expect(fig("meetings.communesPresent").series.map((p) => [p.year, p.value])).toEqual([
      [2013, 2],
      [2014, 5],
    ]);
    expect(fig("meetings.averagePresent").point?.value).toBe(5);
    expect(fig("meetings.averageExcused").point?.value).toBe(1);
    expect(fig("serd.actions").series.map((p) => [p.year, p.value])).toEqual([
      [2013, 2],
      [2014, 3],
    ]);
    expect(fig("serd.occurrences").point?.value).toBe(4);
    expect(fig("serd.participants").point?.value).toBe(40);
    expect(fig("serd.actions").comparison).toMatchObject({
      kind: "previous",
      previousYear: 2013,
      delta: 1,
      percent: 50,
    });
    expect(d.years).toContain(2013);
  });

  it("an edition still running is open and never compared with the finished one", async () => {
    const d = await getDashboard(db, { networkId: a.network.id, year: 2014, today: "2014-11-25" });
    const fig = d.figures.find((f) => f.indicator.id === "serd.actions")!;
    expect(fig.point?.stage).toBe("open");
    // Its actions are set against the previous edition at the same day of registrations (stage.test.ts),
    // never against that edition's final total; its other figures are not compared at all.
    expect(fig.comparison).toMatchObject({ kind: "sameStage", previousYear: 2013 });
    const occurrences = d.figures.find((f) => f.indicator.id === "serd.occurrences")!;
    expect(occurrences.comparison.kind).toBe("open");
  });

  it("another network sees none of it", async () => {
    const d = await getDashboard(db, { networkId: b.network.id, year: 2014, today });
    expect(d.figures.find((f) => f.indicator.id === "meetings.held")!.series).toEqual([]);
    expect(d.figures.find((f) => f.indicator.id === "serd.actions")!.series).toEqual([]);
  });
});

describe("objectives", () => {
  it("6 of 8 communes targeted, 5 reached: not reached; a −10 % tonnage objective reached", async () => {
    const communesObjective = await runAction(createObjectiveAction, {
      ...as(a.coordinator),
      input: {
        title: "6 communes sur 8",
        indicator: "computed:meetings.communesPresent",
        filterKey: "eventType",
        filterValue: "municipal_network_day",
        target: "6",
        direction: "at_least",
        periodStart: "2014-01-01",
        periodEnd: "2014-12-31",
      },
    });
    expect(communesObjective.ok).toBe(true);
    const indicator = await runAction(createRecordedIndicatorAction, {
      ...as(a.coordinator),
      input: { name: "Ordures ménagères (t)", unit: "tonnes", definition: "Tonnages du service déchets" },
    });
    expect(indicator.ok).toBe(true);
    tonnesId = indicator.ok ? indicator.data.id : "";
    const file = new File(
      ["date;valeur;source\n2010;1000;SITTOM\n31/12/2013;950;SITTOM\n2014-12-31;899,5;SITTOM\n"],
      "tonnages.csv",
      { type: "text/csv" },
    );
    const imported = await runAction(importRecordedValuesAction, {
      ...as(a.coordinator),
      input: { indicatorId: tonnesId, file },
    });
    expect(imported).toEqual({ ok: true, data: { imported: 3 } });
    const tonnage = await runAction(createObjectiveAction, {
      ...as(a.coordinator),
      input: {
        title: "−10 % d'ordures ménagères",
        indicator: `recorded:${tonnesId}`,
        target: "900",
        baseline: "1000",
        direction: "at_most",
        periodStart: "2011-01-01",
        periodEnd: "2014-12-31",
      },
    });
    expect(tonnage.ok).toBe(true);
    const d = await getDashboard(db, { networkId: a.network.id, year: 2014, today });
    const byTitle = Object.fromEntries(d.objectives.map((o) => [o.title, o]));
    expect(byTitle["6 communes sur 8"]).toMatchObject({
      actual: 5,
      target: 6,
      status: "not_reached",
      trend: "improving",
    });
    expect(byTitle["−10 % d'ordures ménagères"]).toMatchObject({
      actual: 899.5,
      status: "reached",
      trend: "improving",
      progress: 100.5,
    });
  });

  it("refuses an indicator of another network, a target that is not a number, a period ending before it starts", async () => {
    const [before] = await db
      .select({ n: objectives.id })
      .from(objectives)
      .where(eq(objectives.networkId, b.network.id));
    expect(before).toBeUndefined();
    const foreign = await runAction(createObjectiveAction, {
      ...as(b.coordinator, b),
      input: {
        title: "X",
        indicator: `recorded:${tonnesId}`,
        target: "1",
        direction: "at_most",
        periodStart: "2014-01-01",
        periodEnd: "2014-12-31",
      },
    });
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    const nan = await runAction(createObjectiveAction, {
      ...as(a.coordinator),
      input: {
        title: "X",
        indicator: "computed:meetings.held",
        target: "beaucoup",
        direction: "at_least",
        periodStart: "2014-01-01",
        periodEnd: "2014-12-31",
      },
    });
    expect(nan.ok).toBe(false);
    expect(!nan.ok && nan.fieldErrors?.target?.[0]).toBe("Valeur invalide.");
    const order = await runAction(createObjectiveAction, {
      ...as(a.coordinator),
      input: {
        title: "X",
        indicator: "computed:meetings.held",
        target: "3",
        direction: "at_least",
        periodStart: "2014-12-31",
        periodEnd: "2014-01-01",
      },
    });
    expect(!order.ok && order.fieldErrors?.periodEnd?.[0]).toBe(
      "La fin doit être le même jour que le début ou après.",
    );
  });

  it("a duplicated value or a broken import row writes nothing", async () => {
    const dup = await runAction(recordValueAction, {
      ...as(a.coordinator),
      input: { indicatorId: tonnesId, date: "2014-12-31", value: "10" },
    });
    expect(!dup.ok && dup.fieldErrors?.date?.[0]).toMatch(/déjà enregistrée/);
    const broken = new File(["2015;800;x\n2016;sept cents;x\n"], "t.csv", { type: "text/csv" });
    const result = await runAction(importRecordedValuesAction, {
      ...as(a.coordinator),
      input: { indicatorId: tonnesId, file: broken },
    });
    expect(result.ok).toBe(false);
    const clash = new File(["2015;800;x\n2014;700;x\n"], "t.csv", { type: "text/csv" });
    expect(
      (
        await runAction(importRecordedValuesAction, {
          ...as(a.coordinator),
          input: { indicatorId: tonnesId, file: clash },
        })
      ).ok,
    ).toBe(false);
    const rows = await db.select().from(recordedValues).where(eq(recordedValues.indicatorId, tonnesId));
    expect(rows).toHaveLength(3);
  });
});

describe("staff time", () => {
  it("totals by role with cost and FTE share: 33.5 days of project officer, 6 of intern; 39 h ≈ 560 €", async () => {
    const settings = await runAction(saveStaffSettingsAction, {
      ...as(a.coordinator),
      input: {
        yearlyWorkingHours: "1607",
        hoursPerDay: "7",
        costs: [{ staffRole: "project_officer", hourlyCostEur: "14.36" }],
      },
    });
    expect(settings.ok).toBe(true);
    const entry = (input: Record<string, string>) =>
      runAction(createTimeEntryAction, { ...as(a.coordinator), input });
    expect(
      (
        await entry({
          staffRole: "project_officer",
          activityKind: "meeting",
          eventId: councilId,
          startsOn: "2014-09-01",
          endsOn: "2014-09-30",
          amount: "3",
          amountUnit: "days",
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await entry({
          staffRole: "project_officer",
          activityKind: "training",
          activityLabel: "Conception des modules",
          startsOn: "2014-03-01",
          endsOn: "2014-06-30",
          amount: "30.5",
          amountUnit: "days",
        })
      ).ok,
    ).toBe(true);
    expect(
      (
        await entry({
          staffRole: "intern",
          activityKind: "training",
          startsOn: "2014-04-01",
          endsOn: "2014-04-30",
          amount: "6",
          amountUnit: "days",
        })
      ).ok,
    ).toBe(true);
    const totals = await staffTotals(db, { networkId: a.network.id, year: 2014 });
    const role = Object.fromEntries(totals.byRole.map((r) => [r.staffRole, r]));
    expect(role.project_officer).toMatchObject({ days: 33.5, hours: 234.5 });
    expect(role.intern).toMatchObject({ days: 6, hours: 42, cost: 0 });
    expect(role.project_officer!.cost).toBeCloseTo(234.5 * 14.36, 2);
    expect(
      (await staffTimeFor(db, { networkId: a.network.id, activity: { kind: "meeting", eventId: councilId } }))
        .hours,
    ).toBe(21);
    // 39 h at 14.36 €/h is 560 € (the SITTOM fiche).
    expect(Math.round(39 * 14.36)).toBe(560);
  });

  it("refuses more than 24 h a day and a day after this week; the weekly grid is all or nothing", async () => {
    const day = await runAction(createTimeEntryAction, {
      ...as(a.coordinator),
      input: { staffRole: "intern", activityKind: "network", startsOn: "2014-05-05", amount: "25" },
    });
    expect(!day.ok && day.fieldErrors?.amount?.[0]).toMatch(/24 heures/);
    const future = await runAction(createTimeEntryAction, {
      ...as(a.coordinator),
      input: { staffRole: "intern", activityKind: "network", startsOn: "2099-05-05", amount: "2" },
    });
    expect(!future.ok && future.fieldErrors?.startsOn?.[0]).toMatch(/semaine en cours/);
    const count = async () =>
      (await db.select().from(timeEntries).where(eq(timeEntries.networkId, a.network.id))).length;
    const n = await count();
    const grid = await runAction(saveWeekGridAction, {
      ...as(a.coordinator),
      input: {
        staffRole: "project_officer",
        weekStart: "2014-05-05",
        rows: [
          { activityKind: "network", hours: ["7", "7", "", "", "", "", ""] },
          { activityKind: "training", hours: ["", "20", "", "", "", "", ""] },
        ],
      },
    });
    expect(!grid.ok && grid.fieldErrors?.day1?.[0]).toMatch(/24 heures/);
    expect(await count()).toBe(n);
    const ok = await runAction(saveWeekGridAction, {
      ...as(a.coordinator),
      input: {
        staffRole: "project_officer",
        weekStart: "2014-05-05",
        rows: [{ activityKind: "network", hours: ["7", "3.5", "", "", "", "", ""] }],
      },
    });
    expect(ok).toEqual({ ok: true, data: { created: 2 } });
  });
});

describe("roles", () => {
  it("an elected official writes nothing here", async () => {
    const attempts = await Promise.all([
      runAction(createObjectiveAction, {
        ...as(a.elected),
        input: {
          title: "X",
          indicator: "computed:meetings.held",
          target: "3",
          direction: "at_least",
          periodStart: "2014-01-01",
          periodEnd: "2014-12-31",
        },
      }),
      runAction(createRecordedIndicatorAction, { ...as(a.elected), input: { name: "Y", unit: "tonnes" } }),
      runAction(createTimeEntryAction, {
        ...as(a.elected),
        input: {
          staffRole: "elected_referent",
          activityKind: "network",
          startsOn: "2014-05-05",
          amount: "2",
        },
      }),
      runAction(saveStaffSettingsAction, {
        ...as(a.elected),
        input: { yearlyWorkingHours: "1600", hoursPerDay: "7", costs: [] },
      }),
    ]);
    for (const r of attempts) expect(r).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("an ambassador records their own time, not settings nor objectives", async () => {
    const own = await runAction(createTimeEntryAction, {
      ...as(a.ambassador),
      input: { staffRole: "ambassador", activityKind: "network", startsOn: "2014-05-06", amount: "2" },
    });
    expect(own.ok).toBe(true);
    const [row] = await db
      .select()
      .from(timeEntries)
      .where(eq(timeEntries.id, own.ok ? own.data.id : ""));
    expect(row!.personId).toBe(a.ambassador.id);
    expect(
      (
        await runAction(saveStaffSettingsAction, {
          ...as(a.ambassador),
          input: { yearlyWorkingHours: "1600", hoursPerDay: "7", costs: [] },
        })
      ).ok,
    ).toBe(false);
  });

  it("a time entry on a meeting of another network is refused", async () => {
    const r = await runAction(createTimeEntryAction, {
      ...as(b.coordinator, b),
      input: {
        staffRole: "intern",
        activityKind: "meeting",
        eventId: councilId,
        startsOn: "2014-05-06",
        amount: "2",
      },
    });
    expect(r).toMatchObject({ ok: false, code: "not_found" });
  });
});

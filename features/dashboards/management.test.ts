import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { objectives, recordedValues, timeEntries, trainingCycles } from "@/db/schema";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories/index";
import * as actions from "./actions";
import { getObjective, listTimeEntries, staffTimeFor } from "./queries";

// What the management pages rely on: every write refused to an elected official, objectives edited
// and deleted in their own network only, an import naming its broken row, time on a training cycle,
// the time list's filters, the weekly grid's activity rows.

let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let b: Awaited<ReturnType<typeof createNetworkWithRoles>>;
const as = (user: { id: string }, net = a) => ({ db, userId: user.id, networkSlug: net.network.slug });
let objectiveId: string;
let tonnesId: string;
let cycleId: string;
let otherCycleId: string;

const objectiveInput = {
  title: "Trois rencontres",
  indicator: "computed:meetings.held",
  target: "3",
  direction: "at_least",
  periodStart: "2026-01-01",
  periodEnd: "2026-12-31",
};

beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "gestion-a" });
  b = await createNetworkWithRoles(db, { slug: "gestion-b" });
  const created = await runAction(actions.createObjectiveAction, {
    ...as(a.coordinator),
    input: objectiveInput,
  });
  if (!created.ok) throw new Error(created.error);
  objectiveId = created.data.id;
  const tonnes = await runAction(actions.createRecordedIndicatorAction, {
    ...as(a.coordinator),
    input: { name: "Tonnes d'OMR", unit: "tonnes" },
  });
  if (!tonnes.ok) throw new Error(tonnes.error);
  tonnesId = tonnes.data.id;
  const [cycle] = await db
    .insert(trainingCycles)
    .values({
      networkId: a.network.id,
      title: "Guides composteurs",
      startsOn: "2026-03-01",
      endsOn: "2026-06-30",
    })
    .returning();
  cycleId = cycle!.id;
  const [other] = await db
    .insert(trainingCycles)
    .values({ networkId: b.network.id, title: "Autre réseau", startsOn: "2026-03-01", endsOn: "2026-06-30" })
    .returning();
  otherCycleId = other!.id;
});

describe("roles", () => {
  it("an elected official is refused every write of the area, before any input is read", async () => {
    const all = Object.entries(actions);
    expect(all.length).toBeGreaterThanOrEqual(9);
    for (const [name, action] of all) {
      const result = await runAction(action as never, { ...as(a.elected), input: {} });
      expect({ name, result }).toMatchObject({ name, result: { ok: false, code: "forbidden" } });
    }
  });

  it("an ambassador may only enter time", async () => {
    const allowed = Object.entries(actions)
      .filter(([, action]) => ["timesheet.own"].includes(action.command.permission))
      .map(([name]) => name)
      .sort();
    expect(allowed).toEqual(["createTimeEntryAction", "saveWeekGridAction"]);
    const refused = await runAction(actions.deleteObjectiveAction, {
      ...as(a.ambassador),
      input: { id: objectiveId },
    });
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("objectives pages", () => {
  it("edits an objective, with a field error in French for a bad period and nothing changed", async () => {
    const bad = await runAction(actions.updateObjectiveAction, {
      ...as(a.coordinator),
      input: { ...objectiveInput, id: objectiveId, target: "5", periodEnd: "2025-12-31" },
    });
    expect(!bad.ok && bad.fieldErrors?.periodEnd?.[0]).toMatch(/même jour que le début ou après/);
    const nan = await runAction(actions.updateObjectiveAction, {
      ...as(a.coordinator),
      input: { ...objectiveInput, id: objectiveId, target: "beaucoup" },
    });
    expect(!nan.ok && nan.fieldErrors?.target?.length).toBeTruthy();
    expect((await getObjective(db, { networkId: a.network.id, id: objectiveId }))?.target).toBe("3");
    const good = await runAction(actions.updateObjectiveAction, {
      ...as(a.coordinator),
      input: { ...objectiveInput, id: objectiveId, target: "4", baseline: "2", direction: "at_most" },
    });
    expect(good.ok).toBe(true);
    expect(await getObjective(db, { networkId: a.network.id, id: objectiveId })).toMatchObject({
      indicator: "computed:meetings.held",
      target: "4",
      baseline: "2",
      direction: "at_most",
      filter: "",
    });
  });

  it("another network's coordinator neither reads, edits nor deletes it", async () => {
    expect(await getObjective(db, { networkId: b.network.id, id: objectiveId })).toBeNull();
    expect(await getObjective(db, { networkId: a.network.id, id: "pas-un-uuid" })).toBeNull();
    const edit = await runAction(actions.updateObjectiveAction, {
      ...as(b.coordinator, b),
      input: { ...objectiveInput, id: objectiveId },
    });
    expect(edit).toMatchObject({ ok: false, code: "not_found" });
    const remove = await runAction(actions.deleteObjectiveAction, {
      ...as(b.coordinator, b),
      input: { id: objectiveId },
    });
    expect(remove).toMatchObject({ ok: false, code: "not_found" });
    const onTheirs = await runAction(actions.createObjectiveAction, {
      ...as(b.coordinator, b),
      input: { ...objectiveInput, indicator: `recorded:${tonnesId}` },
    });
    expect(onTheirs).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.select().from(objectives).where(eq(objectives.networkId, b.network.id))).toHaveLength(0);
  });

  it("deletes it in its own network", async () => {
    const removed = await runAction(actions.deleteObjectiveAction, {
      ...as(a.coordinator),
      input: { id: objectiveId },
    });
    expect(removed.ok).toBe(true);
    expect(await getObjective(db, { networkId: a.network.id, id: objectiveId })).toBeNull();
  });
});

describe("recorded values import", () => {
  it("names the broken row (header = row 1) and writes nothing; a good file is written whole", async () => {
    const broken = new File(
      ["date;valeur;source\n2023;800;SITTOM\n2024;790;SITTOM\n2025;sept cents;SITTOM\n"],
      "t.csv",
      {
        type: "text/csv",
      },
    );
    const result = await runAction(actions.importRecordedValuesAction, {
      ...as(a.coordinator),
      input: { indicatorId: tonnesId, file: broken },
    });
    expect(!result.ok && result.fieldErrors?.file?.[0]).toMatch(/^La ligne 4 du fichier/);
    expect(
      await db.select().from(recordedValues).where(eq(recordedValues.indicatorId, tonnesId)),
    ).toHaveLength(0);
    const good = new File(["date;valeur;source\n31/12/2023;800;SITTOM\n2024;790,5;SITTOM\n"], "t.csv", {
      type: "text/csv",
    });
    const ok = await runAction(actions.importRecordedValuesAction, {
      ...as(a.coordinator),
      input: { indicatorId: tonnesId, file: good },
    });
    expect(ok).toMatchObject({ ok: true, data: { imported: 2 } });
  });
});

describe("staff time pages", () => {
  it("time on a training cycle is shown on it; a cycle of another network is not found", async () => {
    const entry = await runAction(actions.createTimeEntryAction, {
      ...as(a.coordinator),
      input: {
        staffRole: "project_officer",
        activityKind: "training",
        trainingCycleId: cycleId,
        startsOn: "2026-03-02",
        amount: "2",
        amountUnit: "days",
      },
    });
    expect(entry.ok).toBe(true);
    const spent = await staffTimeFor(db, {
      networkId: a.network.id,
      activity: { kind: "training_cycle", cycleId },
    });
    expect(spent).toMatchObject({ hours: 14, days: 2 });
    const foreign = await runAction(actions.createTimeEntryAction, {
      ...as(a.coordinator),
      input: {
        staffRole: "project_officer",
        activityKind: "training",
        trainingCycleId: otherCycleId,
        startsOn: "2026-03-02",
        amount: "2",
      },
    });
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
  });

  it("the list filters by year, role and activity; an ambassador's entries are their own", async () => {
    const own = await runAction(actions.createTimeEntryAction, {
      ...as(a.ambassador),
      input: { staffRole: "ambassador", activityKind: "network", startsOn: "2025-05-05", amount: "3" },
    });
    expect(own.ok).toBe(true);
    const scope = { networkId: a.network.id };
    expect(await listTimeEntries(db, { ...scope, year: 2026 })).toHaveLength(1);
    expect(await listTimeEntries(db, { ...scope, year: 2025 })).toMatchObject([
      { staff_role: "ambassador", person: `ambassador ${a.network.slug}` },
    ]);
    expect(
      await listTimeEntries(db, { ...scope, staffRole: "ambassador", activityKind: "training" }),
    ).toHaveLength(0);
    expect(await listTimeEntries(db, { ...scope, activityKind: "training" })).toMatchObject([
      { label: "Guides composteurs", hours: "14.00" },
    ]);
    expect(await listTimeEntries(db, { ...scope, personId: a.ambassador.id })).toHaveLength(1);
  });

  it("a week row on a meeting names the meeting or nothing is written", async () => {
    const before = (await db.select().from(timeEntries).where(eq(timeEntries.networkId, a.network.id)))
      .length;
    const result = await runAction(actions.saveWeekGridAction, {
      ...as(a.coordinator),
      input: {
        staffRole: "intern",
        weekStart: "2025-05-05",
        rows: [
          { activityKind: "network", hours: ["2", "", "", "", "", "", ""] },
          { activityKind: "meeting", hours: ["", "3", "", "", "", "", ""] },
        ],
      },
    });
    expect(!result.ok && result.fieldErrors?.["rows.1.eventId"]?.[0]).toBe("Choisissez la rencontre.");
    const after = (await db.select().from(timeEntries).where(eq(timeEntries.networkId, a.network.id))).length;
    expect(after).toBe(before);
  });
});

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { serdActionCoorganisers, serdActions } from "@/db/schema";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { insertAction, insertEdition } from "@/test/factories/serd-figures";
import { loadNetworkContext } from "@/server/access/context";
import { parisInstant } from "@/lib/domain/paris-time";
import { resultsRefusal, serdActorOf } from "./access";
import { copyActionToEdition } from "./copy";
import { getEditionFigures } from "./figures";
import { currentEdition, listActions, registrationEdition, selectedEdition } from "./queries";
import { defaultEditionOf, editionPhase } from "./rules";

// The year turns over: 2027 is opened the day after the 2026 week (30 November 2026).

const a = await createNetworkWithRoles(db);
const b = await createNetworkWithRoles(db);
const networkId = a.network.id;
const e2025 = await insertEdition(db, { networkId, year: 2025 });
const e2026 = await insertEdition(db, { networkId, year: 2026 });
const e2027 = await insertEdition(db, { networkId, year: 2027 });
const other = await createOrganisation(db, { networkId });
const day = "2026-11-21";
for (let i = 0; i < 4; i++)
  await insertAction(db, {
    networkId,
    editionId: e2025.id,
    leadOrganisationId: other.id,
    occurrences: [{ date: "2025-11-22" }],
  });
const labelled = await insertAction(db, {
  networkId,
  editionId: e2026.id,
  leadOrganisationId: a.organisation.id,
  title: "Atelier compost",
  coorganiserIds: [other.id],
  occurrences: [{ date: day }],
});
for (let i = 0; i < 3; i++)
  await insertAction(db, {
    networkId,
    editionId: e2026.id,
    leadOrganisationId: other.id,
    status: "submitted",
    title: `Soumise ${i}`,
    occurrences: [{ date: day }],
  });
await insertAction(db, {
  networkId,
  editionId: e2027.id,
  leadOrganisationId: other.id,
  occurrences: [{ date: "2027-11-20" }],
});
const today = "2026-11-30";
const now = parisInstant(today, "10:00");

describe("SERD editions through the year", () => {
  it("names the phase of an edition and keeps the one whose results are collected as default", () => {
    expect(editionPhase(e2026, "2026-11-25")).toBe("running");
    expect(editionPhase(e2026, today)).toBe("collecting");
    expect(editionPhase(e2026, "2027-01-29")).toBe("closed");
    expect(editionPhase(e2027, today)).toBe("upcoming");
    expect(defaultEditionOf([e2025, e2026, e2027], today)?.year).toBe(2026);
    expect(defaultEditionOf([e2025, e2026, e2027], "2027-02-01")?.year).toBe(2027);
    expect(defaultEditionOf([{ ...e2026, resultsDueOn: "2026-12-15" }, e2027], "2026-12-16")?.year).toBe(
      2027,
    );
  });

  it("opens SERD pages on 2026 the day after its week, registers new actions in 2027", async () => {
    expect((await currentEdition(db, { networkId, today }))?.year).toBe(2026);
    expect((await registrationEdition(db, { networkId, today }))?.year).toBe(2027);
    const chosen = await selectedEdition(db, { networkId, today, param: e2025.id });
    expect(chosen.edition?.year).toBe(2025);
    // Another network's edition is not found.
    const foreign = await insertEdition(db, { networkId: b.network.id, year: 2026 });
    expect((await selectedEdition(db, { networkId, today, param: foreign.id })).edition).toBeNull();
  });

  it("keeps the submitted 2026 actions in the queue across editions", async () => {
    const queue = await listActions(db, { networkId, editionId: null, filters: { status: "submitted" } });
    expect(queue.map((r) => r.title).sort()).toEqual(["Soumise 0", "Soumise 1", "Soumise 2"]);
    expect(queue.every((r) => r.editionYear === 2026)).toBe(true);
  });

  it("still lets the partner enter the results of the 2026 action", async () => {
    const ctx = (await loadNetworkContext(db, { userId: a.partner.id, networkSlug: a.network.slug }))!;
    expect(resultsRefusal({ ...labelled.action, edition: e2026 }, serdActorOf(ctx), now)).toBeNull();
  });

  it("compares like with like: a finished edition with the one before, never an open one", async () => {
    const f2026 = (await getEditionFigures(db, { networkId, editionId: e2026.id, today }))!;
    expect(f2026.previous).toEqual({ year: 2025, actions: 4, occurrences: 4 });
    expect(f2026.growth.actions).toBe(-75);
    expect(f2026.comparison).toEqual({ running: false, upcoming: false, gap: false });
    const f2027 = (await getEditionFigures(db, { networkId, editionId: e2027.id, today }))!;
    expect(f2027.previous?.year).toBe(2026);
    expect(f2027.growth).toEqual({ occurrences: null, actions: null });
    // 2027 has not started: "Édition à venir", not "en cours".
    expect(f2027.comparison).toEqual({ running: false, upcoming: true, gap: false });
    const during = (await getEditionFigures(db, { networkId, editionId: e2026.id, today: "2026-11-25" }))!;
    expect(during.comparison).toEqual({ running: true, upcoming: false, gap: false });
    expect(during.growth).toEqual({ occurrences: null, actions: null });
  });

  it("says so when the previous edition is not the year before", async () => {
    const c = await createNetworkWithRoles(db);
    const org = await createOrganisation(db, { networkId: c.network.id });
    const old = await insertEdition(db, { networkId: c.network.id, year: 2023 });
    const recent = await insertEdition(db, { networkId: c.network.id, year: 2025 });
    await insertAction(db, {
      networkId: c.network.id,
      editionId: old.id,
      leadOrganisationId: org.id,
      occurrences: [],
    });
    const f = (await getEditionFigures(db, { networkId: c.network.id, editionId: recent.id, today }))!;
    expect(f.previous?.year).toBe(2023);
    expect(f.comparison.gap).toBe(true);
  });

  it("copies last year's action into a 2027 draft with its co-organisers, for its own organisation only", async () => {
    const partner = serdActorOf(
      (await loadNetworkContext(db, { userId: a.partner.id, networkSlug: a.network.slug }))!,
    );
    const copy = await copyActionToEdition(db, partner, { id: labelled.action.id, editionId: e2027.id }, now);
    const [row] = await db.select().from(serdActions).where(eq(serdActions.id, copy.id));
    expect(row).toMatchObject({ editionId: e2027.id, status: "draft", title: "Atelier compost" });
    const co = await db
      .select()
      .from(serdActionCoorganisers)
      .where(eq(serdActionCoorganisers.actionId, copy.id));
    expect(co.map((c) => c.organisationId)).toEqual([other.id]);
    const [othersAction] = await listActions(db, {
      networkId,
      editionId: e2026.id,
      filters: { status: "submitted" },
    });
    await expect(
      copyActionToEdition(db, partner, { id: othersAction!.id, editionId: e2027.id }, now),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      copyActionToEdition(db, partner, { id: labelled.action.id, editionId: e2025.id }, now),
    ).rejects.toMatchObject({ code: "conflict" });
    // Another network's coordinator does not find it.
    const foreign = serdActorOf(
      (await loadNetworkContext(db, { userId: b.coordinator.id, networkSlug: b.network.slug }))!,
    );
    await expect(
      copyActionToEdition(db, foreign, { id: labelled.action.id, editionId: e2027.id }, now),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/types";
import { runAction } from "@/test/actions";
import { testDb } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories";
import { insertEvent } from "@/test/factories/meetings";
import { insertAction, insertEdition } from "@/test/factories/serd-figures";
import { buildCycle } from "@/test/factories/training";
import { attachResourceAction, detachResourceAction } from "./actions";
import { addResource } from "./library";
import { listAttachedResources } from "./queries";
import { requestReservation } from "./reservations";
import { addItem } from "./items";

// Resources shown on meetings, SERD actions and training modules; the kit calendar's route
// through the real choke point (only the session, the language and the database stood in for).
const request = vi.hoisted(() => ({ userId: null as string | null, db: null as unknown }));
vi.mock("@/server/auth/session", () => ({
  getSessionUser: async () =>
    request.userId ? { id: request.userId, email: "x@exemple.test", name: "X", isPlatformAdmin: false } : null,
}));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/db/client")>()),
  getDb: () => request.db,
}));
vi.mock("next-intl/server", () => ({ getLocale: async () => "fr" }));
const { GET } = await import("@/app/api/n/[network]/tools/kits/[id]/calendar/route");

const db: Db = testDb;
request.db = db;

type Net = Awaited<ReturnType<typeof createNetworkWithRoles>>;
let a: Net;
let b: Net;
const note = (n: Net, title: string) =>
  addResource(
    db,
    { networkId: n.network.id, userId: n.ambassador.id, publish: true },
    { kind: "note", title, description: null, themes: [], publics: [], formats: [], tags: [], ownerOrganisationId: null, collectionId: null, url: null, body: "Texte", file: undefined },
  );

beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "outils-a" });
  b = await createNetworkWithRoles(db, { slug: "outils-b" });
});

describe("attaching resources", () => {
  it("an ambassador shows a resource on a meeting, a SERD action and a module; a partner may not; detaching takes it off", async () => {
    const resource = await note(a, "Cahier de texte");
    const event = await insertEvent(db, { networkId: a.network.id, eventType: "ambassadors_meeting" });
    const edition = await insertEdition(db, { networkId: a.network.id, year: 2026 });
    const { action } = await insertAction(db, {
      networkId: a.network.id,
      editionId: edition.id,
      leadOrganisationId: a.organisation.id,
      occurrences: [],
    });
    const cycle = await buildCycle(db, {
      networkId: a.network.id,
      startsOn: "2026-01-10",
      endsOn: "2026-06-30",
      modules: [{ theme: "Compostage", plannedHours: 3, sessions: [] }],
    });
    const moduleId = cycle.modules[0]!.id;
    const run = (action: typeof attachResourceAction | typeof detachResourceAction, userId: string, input: Record<string, string | undefined>) =>
      runAction(action, { db, userId, networkSlug: a.network.slug, input: { resourceId: resource.id, ...input } });
    for (const target of [{ eventId: event.id }, { serdActionId: action.id }, { trainingModuleId: moduleId }]) {
      const attached = await run(attachResourceAction, a.ambassador.id, target);
      expect(attached, JSON.stringify(attached)).toMatchObject({ ok: true });
      // Twice is once.
      expect(await run(attachResourceAction, a.coordinator.id, target)).toMatchObject({ ok: true });
    }
    expect(await run(attachResourceAction, a.partner.id, { eventId: event.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await run(attachResourceAction, a.elected.id, { eventId: event.id })).toMatchObject({ ok: false, code: "forbidden" });
    const onEvent = await listAttachedResources(db, { networkId: a.network.id, eventId: event.id });
    expect(onEvent.map((r) => r.title)).toEqual(["Cahier de texte"]);
    expect(await listAttachedResources(db, { networkId: a.network.id, serdActionId: action.id })).toHaveLength(1);
    const onModule = await listAttachedResources(db, { networkId: a.network.id, trainingModuleIds: [moduleId] });
    expect(onModule).toEqual([expect.objectContaining({ title: "Cahier de texte", trainingModuleId: moduleId })]);
    expect(await run(detachResourceAction, a.ambassador.id, { eventId: event.id })).toMatchObject({ ok: true });
    expect(await listAttachedResources(db, { networkId: a.network.id, eventId: event.id })).toEqual([]);
    expect(await run(detachResourceAction, a.ambassador.id, { eventId: event.id })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("refuses two targets at once, an unpublished resource, and anything of another network", async () => {
    const resource = await note(a, "Programme SERD");
    const foreign = await note(b, "Outil de B");
    const eventA = await insertEvent(db, { networkId: a.network.id });
    const eventB = await insertEvent(db, { networkId: b.network.id });
    const edition = await insertEdition(db, { networkId: a.network.id, year: 2027 });
    const { action } = await insertAction(db, { networkId: a.network.id, editionId: edition.id, leadOrganisationId: a.organisation.id, occurrences: [] });
    const run = (input: Record<string, string>) =>
      runAction(attachResourceAction, { db, userId: a.coordinator.id, networkSlug: a.network.slug, input });
    expect(await run({ resourceId: resource.id, eventId: eventA.id, serdActionId: action.id })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await run({ resourceId: resource.id })).toMatchObject({ ok: false, code: "invalid_input" });
    // Another network's meeting is "not found"; another network's resource a field error; nothing written.
    expect(await run({ resourceId: resource.id, eventId: eventB.id })).toMatchObject({ ok: false, code: "not_found" });
    const r = await run({ resourceId: foreign.id, eventId: eventA.id });
    expect(r).toMatchObject({ ok: false, fieldErrors: { resourceId: [expect.any(String)] } });
    const proposed = await addResource(
      db,
      { networkId: a.network.id, userId: a.partner.id, publish: false },
      { kind: "note", title: "Proposition", description: null, themes: [], publics: [], formats: [], tags: [], ownerOrganisationId: null, collectionId: null, url: null, body: "x", file: undefined },
    );
    expect(await run({ resourceId: proposed.id, eventId: eventA.id })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await listAttachedResources(db, { networkId: a.network.id, eventId: eventA.id })).toEqual([]);
    expect(await listAttachedResources(db, { networkId: b.network.id, eventId: eventB.id })).toEqual([]);
  });
});

describe("the kit calendar route", () => {
  it("gives a member the month's reservations; another network's member and a stranger get 404, no session 401", async () => {
    const owner = { networkId: a.network.id, userId: a.ambassador.id, organisationId: a.organisation.id, isCoordinator: false };
    const { id: itemId } = await addItem(db, owner, {
      name: "Exposition",
      description: null,
      components: [],
      ownerOrganisationId: null,
      location: null,
      condition: "good",
      maxLoanDays: 10,
      lendable: true,
      instructionsResourceId: null,
    });
    const event = await insertEvent(db, { networkId: a.network.id });
    await requestReservation(db, owner, { itemId, startsOn: "2027-02-08", endsOn: "2027-02-12", borrowerOrganisationId: null, eventId: event.id, serdActionId: null }, "2027-01-01");
    const eventB = await insertEvent(db, { networkId: b.network.id });
    await expect(
      requestReservation(db, owner, { itemId, startsOn: "2027-03-08", endsOn: "2027-03-09", borrowerOrganisationId: null, eventId: eventB.id, serdActionId: null }, "2027-01-01"),
    ).rejects.toMatchObject({ code: "invalid_input", fieldKeys: { eventId: expect.any(String) } });
    const get = async (user: { id: string } | null, slug: string, id: string, month: string) => {
      request.userId = user?.id ?? null;
      return GET(new Request(`http://relais.test/api/n/${slug}/tools/kits/${id}/calendar?month=${month}`), {
        params: Promise.resolve({ network: slug, id }),
      });
    };
    const ok = await get(a.elected, a.network.slug, itemId, "2027-02");
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body).toMatchObject({ month: "2027-02", reservations: [{ startsOn: "2027-02-08", endsOn: "2027-02-12", status: "requested" }] });
    expect((await (await get(a.elected, a.network.slug, itemId, "2027-04")).json()).reservations).toEqual([]);
    expect((await get(b.coordinator, b.network.slug, itemId, "2027-02")).status).toBe(404);
    expect((await get(b.coordinator, a.network.slug, itemId, "2027-02")).status).toBe(404);
    expect((await get(null, a.network.slug, itemId, "2027-02")).status).toBe(401);
  });
});

import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { communes, contacts, eventAgendaItems, eventSeries, events, participations } from "@/db/schema";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles } from "@/test/factories/index";
import {
  cancelEventAction,
  createEventAction,
  createSeriesAction,
  moveEventAction,
  restoreEventAction,
  updateEventAction,
} from "./actions";
import { getEvent, getSeries, listEvents, listMonthEvents } from "./queries";

let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let b: Awaited<ReturnType<typeof createNetworkWithRoles>>;
const ids: Record<string, string> = {};
const as = (who: { id: string }, networkSlug = "reunions-a") => ({ db, userId: who.id, networkSlug });

const council = (over: Record<string, unknown> = {}) => ({
  title: "Conseil d'acteurs de printemps",
  eventType: "actors_council",
  startsAt: "2026-03-24T18:00",
  endsAt: "2026-03-24T20:00",
  place: "Salle du conseil",
  communeId: ids.mulhouse,
  capacity: "",
  reminderMinutesBefore: "2880",
  ...over,
});

beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "reunions-a" });
  b = await createNetworkWithRoles(db, { slug: "reunions-b" });
  const [mulhouse] = await db
    .insert(communes)
    .values({ networkId: a.network.id, name: "Mulhouse", inseeCode: "68224" })
    .returning();
  const [rodez] = await db
    .insert(communes)
    .values({ networkId: b.network.id, name: "Rodez", inseeCode: "12202" })
    .returning();
  const [speaker] = await db
    .insert(contacts)
    .values({
      networkId: a.network.id,
      firstName: "Inès",
      lastName: "Keller",
      organisationId: a.organisation.id,
    })
    .returning();
  const [foreigner] = await db
    .insert(contacts)
    .values({ networkId: b.network.id, firstName: "Paul", lastName: "Vidal" })
    .returning();
  Object.assign(ids, {
    mulhouse: mulhouse!.id,
    rodez: rodez!.id,
    speaker: speaker!.id,
    foreigner: foreigner!.id,
  });
});

async function eventCount() {
  return (await db.select().from(events).where(eq(events.networkId, a.network.id))).length;
}

describe("creating and editing a meeting", () => {
  it("stores Paris wall-clock times, the place and the agenda with its speakers (form field names)", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(council())) form.set(k, String(v));
    form.set("agendaItems.0.title", "Bilan de la SERD");
    form.set("agendaItems.0.durationMinutes", "30");
    form.set("agendaItems.0.speakerContactId", ids.speaker!);
    form.set("agendaItems.1.title", "Questions diverses");
    const result = await runAction(createEventAction, { ...as(a.ambassador), input: form });
    expect(result).toMatchObject({ ok: true });
    ids.council = (result as { data: { id: string } }).data.id;
    const event = await getEvent(db, { networkId: a.network.id, id: ids.council! });
    expect(event!.startsAt.toISOString()).toBe("2026-03-24T17:00:00.000Z");
    expect(event!.communeName).toBe("Mulhouse");
    expect(event!.reminderMinutesBefore).toBe(2880);
    expect(event!.agendaItems.map((i) => [i.title, i.durationMinutes, i.speakerLastName])).toEqual([
      ["Bilan de la SERD", 30, "Keller"],
      ["Questions diverses", null, null],
    ]);
  });

  it("refuses an end before the start, a commune or a speaker of another network: field messages, nothing written", async () => {
    const before = await eventCount();
    const result = await runAction(createEventAction, {
      ...as(a.coordinator),
      input: council({
        endsAt: "2026-03-24T17:00",
        communeId: ids.rodez,
        agendaItems: [{ title: "Intervention", speakerContactId: ids.foreigner }],
      }),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toEqual({
      endsAt: ["La fin doit être après le début."],
      communeId: ["Choisissez une commune du réseau."],
      "agendaItems.0.speakerContactId": ["Choisissez une personne de l'annuaire du réseau."],
    });
    expect(await eventCount()).toBe(before);
    expect(
      await db.select().from(eventAgendaItems).where(eq(eventAgendaItems.title, "Intervention")),
    ).toEqual([]);
  });

  it("refuses malformed times with a field message", async () => {
    const result = await runAction(createEventAction, {
      ...as(a.coordinator),
      input: council({ startsAt: "" }),
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { startsAt: ["Ce champ est obligatoire."] } });
  });

  it("edits the meeting, its agenda and its status; a site type is kept only for site visits", async () => {
    const result = await runAction(updateEventAction, {
      ...as(a.coordinator),
      input: council({
        id: ids.council,
        title: "Conseil d'acteurs",
        status: "held",
        siteType: "landfill",
        agendaItems: [],
      }),
    });
    expect(result).toMatchObject({ ok: true });
    const event = await getEvent(db, { networkId: a.network.id, id: ids.council! });
    expect(event).toMatchObject({
      title: "Conseil d'acteurs",
      status: "held",
      siteType: null,
      agendaItems: [],
    });
  });

  it("refuses a capacity below the confirmed participants, and accepts it equal", async () => {
    const people = await db
      .insert(contacts)
      .values([1, 2, 3].map((n) => ({ networkId: a.network.id, firstName: `P${n}`, lastName: "Inscrit" })))
      .returning();
    await db.insert(participations).values(
      people.map((p, i) => ({
        networkId: a.network.id,
        eventId: ids.council!,
        contactId: p.id,
        status: i < 2 ? ("registered" as const) : ("declined" as const),
      })),
    );
    const low = await runAction(updateEventAction, {
      ...as(a.coordinator),
      input: council({ id: ids.council, capacity: "1" }),
    });
    expect(low).toMatchObject({
      ok: false,
      fieldErrors: {
        capacity: ["Le nombre de places ne peut pas être inférieur au nombre d'inscrit·es confirmé·es."],
      },
    });
    expect((await getEvent(db, { networkId: a.network.id, id: ids.council! }))!.capacity).toBeNull();
    const equal = await runAction(updateEventAction, {
      ...as(a.coordinator),
      input: council({ id: ids.council, capacity: "2" }),
    });
    expect(equal).toMatchObject({ ok: true });
    expect((await getEvent(db, { networkId: a.network.id, id: ids.council! }))!).toMatchObject({
      capacity: 2,
      confirmed: 2,
    });
  });

  it("cancels and restores a meeting", async () => {
    expect(
      await runAction(cancelEventAction, { ...as(a.ambassador), input: { id: ids.council } }),
    ).toMatchObject({ ok: true });
    expect((await getEvent(db, { networkId: a.network.id, id: ids.council! }))!.status).toBe("cancelled");
    expect(
      await runAction(restoreEventAction, { ...as(a.coordinator), input: { id: ids.council } }),
    ).toMatchObject({ ok: true });
    expect((await getEvent(db, { networkId: a.network.id, id: ids.council! }))!.status).toBe("planned");
  });
});

describe("roles and networks", () => {
  const writes = [
    [createEventAction, () => council()],
    [updateEventAction, () => council({ id: ids.council })],
    [moveEventAction, () => ({ id: ids.council, startsAt: "2026-04-01T18:00", endsAt: "2026-04-01T20:00" })],
    [cancelEventAction, () => ({ id: ids.council })],
    [restoreEventAction, () => ({ id: ids.council })],
    [
      createSeriesAction,
      () => ({
        title: "S",
        eventType: "working_group",
        kind: "weekly",
        startDate: "2026-01-05",
        time: "10:00",
        durationMinutes: "60",
        endMode: "count",
        count: "2",
      }),
    ],
  ] as const;

  it("partners and elected officials cannot write meetings; nothing changes", async () => {
    const before = await db.select().from(events).where(eq(events.networkId, a.network.id));
    for (const [action, input] of writes) {
      for (const who of [a.partner, a.elected]) {
        const result = await runAction(action as typeof createEventAction, { ...as(who), input: input() });
        expect(result).toMatchObject({ ok: false, code: "forbidden" });
      }
    }
    expect(await db.select().from(events).where(eq(events.networkId, a.network.id))).toEqual(before);
  });

  it("a member of another network gets 'not found', through its slug or through ids", async () => {
    for (const [action, input] of writes) {
      const result = await runAction(action as typeof createEventAction, {
        ...as(b.coordinator),
        input: input(),
      });
      expect(result).toMatchObject({ ok: false, code: "not_found" });
    }
    // B's coordinator, in B, names A's event: not found, and A's event is unchanged.
    const before = await getEvent(db, { networkId: a.network.id, id: ids.council! });
    for (const [action, input] of writes.slice(1, 5)) {
      const result = await runAction(action as typeof createEventAction, {
        ...as(b.coordinator, "reunions-b"),
        input: input(),
      });
      expect(result).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await getEvent(db, { networkId: a.network.id, id: ids.council! })).toEqual(before);
    expect(await getEvent(db, { networkId: b.network.id, id: ids.council! })).toBeNull();
  });
});

describe("recurring series", () => {
  it("creates every first Tuesday at 18:00 in one go; moving or cancelling one leaves the others", async () => {
    const result = await runAction(createSeriesAction, {
      ...as(a.ambassador),
      input: {
        title: "Réunion des ambassadeurs",
        eventType: "ambassadors_meeting",
        kind: "monthly_weekday",
        nth: "1",
        weekday: "2",
        interval: "1",
        startDate: "2026-09-01",
        time: "18:00",
        durationMinutes: "120",
        endMode: "until",
        until: "2027-01-31",
        place: "Maison de l'agglomération",
        communeId: ids.mulhouse,
      },
    });
    expect(result).toMatchObject({ ok: true, data: { occurrences: 5 } });
    const seriesId = (result as { data: { id: string } }).data.id;
    let series = await getSeries(db, { networkId: a.network.id, id: seriesId });
    expect(series!.occurrences.map((o) => o.startsAt.toISOString())).toEqual([
      "2026-09-01T16:00:00.000Z",
      "2026-10-06T16:00:00.000Z",
      "2026-11-03T17:00:00.000Z",
      "2026-12-01T17:00:00.000Z",
      "2027-01-05T17:00:00.000Z",
    ]);
    const [, october, november] = series!.occurrences;
    expect(
      await runAction(moveEventAction, {
        ...as(a.coordinator),
        input: { id: october!.id, startsAt: "2026-10-08T09:00", endsAt: "2026-10-08T11:00" },
      }),
    ).toMatchObject({ ok: true });
    expect(
      await runAction(cancelEventAction, { ...as(a.coordinator), input: { id: november!.id } }),
    ).toMatchObject({ ok: true });
    series = await getSeries(db, { networkId: a.network.id, id: seriesId });
    expect(series!.occurrences.map((o) => [o.startsAt.toISOString(), o.status])).toEqual([
      ["2026-09-01T16:00:00.000Z", "planned"],
      ["2026-10-08T07:00:00.000Z", "planned"],
      ["2026-11-03T17:00:00.000Z", "cancelled"],
      ["2026-12-01T17:00:00.000Z", "planned"],
      ["2027-01-05T17:00:00.000Z", "planned"],
    ]);
    const event = await getEvent(db, { networkId: a.network.id, id: october!.id });
    expect(event).toMatchObject({
      series: { id: seriesId, title: "Réunion des ambassadeurs" },
      place: "Maison de l'agglomération",
    });
    expect(await getSeries(db, { networkId: b.network.id, id: seriesId })).toBeNull();
  });

  it("every two months on the same day, with a count", async () => {
    const result = await runAction(createSeriesAction, {
      ...as(a.coordinator),
      input: {
        title: "Groupe compost",
        eventType: "working_group",
        kind: "monthly_day",
        interval: "2",
        startDate: "2026-01-15",
        time: "14:00",
        durationMinutes: "90",
        endMode: "count",
        count: "4",
      },
    });
    expect(result).toMatchObject({ ok: true, data: { occurrences: 4 } });
    const series = await getSeries(db, {
      networkId: a.network.id,
      id: (result as { data: { id: string } }).data.id,
    });
    expect(series!.occurrences.map((o) => o.startsAt.toISOString())).toEqual([
      "2026-01-15T13:00:00.000Z",
      "2026-03-15T13:00:00.000Z",
      "2026-05-15T12:00:00.000Z",
      "2026-07-15T12:00:00.000Z",
    ]);
  });

  it("refuses more than 60 occurrences, a missing end and a foreign commune, writing nothing", async () => {
    const seriesBefore = (await db.select().from(eventSeries)).length;
    const before = await eventCount();
    const base = {
      title: "Trop",
      eventType: "working_group",
      kind: "weekly",
      interval: "1",
      startDate: "2026-01-05",
      time: "10:00",
      durationMinutes: "60",
    };
    const tooMany = await runAction(createSeriesAction, {
      ...as(a.coordinator),
      input: { ...base, endMode: "until", until: "2028-01-01" },
    });
    expect(tooMany).toMatchObject({
      ok: false,
      fieldErrors: {
        until: ["Une série compte 60 réunions au plus : choisissez une date de fin plus proche."],
      },
    });
    const noEnd = await runAction(createSeriesAction, {
      ...as(a.coordinator),
      input: { ...base, endMode: "count", count: "" },
    });
    expect(noEnd).toMatchObject({ ok: false, fieldErrors: { count: ["Indiquez le nombre de réunions."] } });
    const foreign = await runAction(createSeriesAction, {
      ...as(a.coordinator),
      input: { ...base, endMode: "count", count: "3", communeId: ids.rodez },
    });
    expect(foreign).toMatchObject({
      ok: false,
      fieldErrors: { communeId: ["Choisissez une commune du réseau."] },
    });
    expect((await db.select().from(eventSeries)).length).toBe(seriesBefore);
    expect(await eventCount()).toBe(before);
  });
});

describe("the agenda", () => {
  it("lists meetings not yet over first, soonest first, then past ones; filters by type and year", async () => {
    const now = new Date("2026-10-01T00:00:00Z");
    const list = await listEvents(db, { networkId: a.network.id, now, filters: { page: 1 } });
    const firstPast = list.rows.findIndex((r) => r.past);
    const upcoming = list.rows.slice(0, firstPast).map((r) => r.startsAt.getTime());
    const past = list.rows.slice(firstPast).map((r) => r.startsAt.getTime());
    expect(upcoming).toEqual([...upcoming].sort((x, y) => x - y));
    expect(past).toEqual([...past].sort((x, y) => y - x));
    expect(list.rows.slice(firstPast).every((r) => r.past)).toBe(true);
    const councils = await listEvents(db, {
      networkId: a.network.id,
      now,
      filters: { page: 1, type: "actors_council" },
    });
    expect(councils.rows.map((r) => r.id)).toEqual([ids.council]);
    const in2027 = await listEvents(db, { networkId: a.network.id, now, filters: { page: 1, year: 2027 } });
    expect(in2027.rows.map((r) => r.startsAt.toISOString())).toEqual(["2027-01-05T17:00:00.000Z"]);
    expect((await listEvents(db, { networkId: b.network.id, now, filters: { page: 1 } })).total).toBe(0);
  });

  it("the month view takes the meetings of a Paris month", async () => {
    // 2026-09-01 18:00 Paris is in September; nothing of B.
    const september = await listMonthEvents(db, { networkId: a.network.id, year: 2026, month: 9 });
    expect(september.map((r) => r.title)).toEqual(["Réunion des ambassadeurs"]);
    expect(await listMonthEvents(db, { networkId: b.network.id, year: 2026, month: 9 })).toEqual([]);
  });
});

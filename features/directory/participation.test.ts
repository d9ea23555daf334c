import { describe, expect, it } from "vitest";
import { trainingCycles, trainingEnrolments } from "@/db/schema";
import { testDb as db } from "@/test/db";
import { createNetwork, createOrganisation, insertContact } from "@/test/factories/index";
import { insertEvent, insertParticipation } from "@/test/factories/meetings";
import { insertAction, insertEdition } from "@/test/factories/serd-figures";
import { parisInstant } from "@/lib/domain/paris-time";
import { contactParticipation, organisationParticipation } from "./participation";

// An organisation's and a person's pages remember their meetings, SERD actions and trainings,
// year by year, counted from the records.

const net = await createNetwork(db);
const other = await createNetwork(db);
const networkId = net.id;
const org = await createOrganisation(db, { networkId, name: "Ressourcerie du Canal" });
const partnerOrg = await createOrganisation(db, { networkId, name: "Repair café" });
const [lea, sam, noa] = [
  await insertContact(db, { networkId, organisationId: org.id }),
  await insertContact(db, { networkId, organisationId: org.id }),
  await insertContact(db, { networkId, organisationId: org.id }),
];
const council2025 = await insertEvent(db, {
  networkId,
  title: "Conseil d'acteurs 2025",
  startsAt: parisInstant("2025-03-12", "14:00"),
  endsAt: parisInstant("2025-03-12", "17:00"),
  status: "held",
});
const council2026 = await insertEvent(db, {
  networkId,
  title: "Conseil d'acteurs 2026",
  startsAt: parisInstant("2026-03-11", "14:00"),
  endsAt: parisInstant("2026-03-11", "17:00"),
  status: "held",
});
const answered = new Date("2026-03-01T10:00:00Z");
const part = (eventId: string, contactId: string, status: string, answeredAt: Date | null = null) =>
  insertParticipation(db, {
    networkId,
    eventId,
    contactId,
    organisationId: org.id,
    status: status as "invited",
    answeredAt,
  });
await part(council2025.id, lea.id, "present", answered);
await part(council2025.id, sam.id, "invited");
await part(council2026.id, lea.id, "excused", answered);
await part(council2026.id, sam.id, "late", answered);
await part(council2026.id, noa.id, "absent");
const e2025 = await insertEdition(db, { networkId, year: 2025 });
const e2026 = await insertEdition(db, { networkId, year: 2026 });
await insertAction(db, {
  networkId,
  editionId: e2025.id,
  leadOrganisationId: org.id,
  title: "Vide-grenier zéro déchet",
  occurrences: [{ date: "2025-11-22" }],
});
await insertAction(db, {
  networkId,
  editionId: e2026.id,
  leadOrganisationId: partnerOrg.id,
  coorganiserIds: [org.id],
  title: "Atelier réparation",
  status: "submitted",
  occurrences: [{ date: "2026-11-23" }],
});
const [cycle] = await db
  .insert(trainingCycles)
  .values({ networkId, title: "Formation compostage", startsOn: "2026-04-01", endsOn: "2026-06-30" })
  .returning();
await db.insert(trainingEnrolments).values([
  { networkId, cycleId: cycle!.id, contactId: lea.id, status: "enrolled" },
  { networkId, cycleId: cycle!.id, contactId: sam.id, status: "waiting" },
]);

describe("participation history", () => {
  it("gives an organisation its years: meetings with invited / answered / present / excused, SERD actions led or co-organised, trainings", async () => {
    const years = await organisationParticipation(db, {
      networkId,
      organisationId: org.id,
      contactIds: [lea.id, sam.id, noa.id],
    });
    expect(years.map((y) => y.year)).toEqual([2026, 2025]);
    const [y2026, y2025] = years;
    expect(y2026!.meetings.map((m) => [m.title, m.invited, m.answered, m.present, m.excused])).toEqual([
      ["Conseil d'acteurs 2026", 3, 2, 1, 1],
    ]);
    expect(y2025!.meetings.map((m) => [m.title, m.invited, m.answered, m.present, m.excused])).toEqual([
      ["Conseil d'acteurs 2025", 2, 1, 1, 0],
    ]);
    expect(y2026!.serd.map((s) => [s.title, s.role, s.status])).toEqual([["Atelier réparation", "coorganiser", "submitted"]]);
    expect(y2025!.serd.map((s) => [s.title, s.role])).toEqual([["Vide-grenier zéro déchet", "lead"]]);
    // One line per cycle, however many of its people enrolled.
    expect(y2026!.trainings.map((t) => t.title)).toEqual(["Formation compostage"]);
    expect(y2025!.trainings).toEqual([]);
  });

  it("gives a person their own answers and attendance, trainings and their organisation's SERD actions", async () => {
    const years = await contactParticipation(db, { networkId, contactId: sam.id, organisationId: org.id });
    expect(years.map((y) => [y.year, y.meetings.map((m) => m.status)])).toEqual([
      [2026, ["late"]],
      [2025, ["invited"]],
    ]);
    expect(years[0]!.trainings.map((t) => [t.title, t.status])).toEqual([["Formation compostage", "waiting"]]);
    expect(years[0]!.serd.map((s) => s.title)).toEqual(["Atelier réparation"]);
    const alone = await insertContact(db, { networkId });
    expect(await contactParticipation(db, { networkId, contactId: alone.id, organisationId: null })).toEqual([]);
  });

  it("reads nothing across networks: another network asking for these rows gets an empty history", async () => {
    expect(
      await organisationParticipation(db, {
        networkId: other.id,
        organisationId: org.id,
        contactIds: [lea.id, sam.id],
      }),
    ).toEqual([]);
    expect(await contactParticipation(db, { networkId: other.id, contactId: lea.id, organisationId: org.id })).toEqual([]);
  });
});

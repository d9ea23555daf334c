import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboxMessages, participations, trainingEnrolments } from "@/db/schema";
import { createMailer } from "@/server/mail/mailer";
import { testDb as db } from "@/test/db";
import { createNetwork, createOrganisation, insertContact } from "@/test/factories/index";
import { insertAction, insertEdition } from "@/test/factories/serd-figures";
import { buildCycle, markAttendance } from "@/test/factories/training";
import { cancelEnrolment, createSession, enrolContacts, updateCycle } from "./mutations";
import { getConversion, getCycleFigures, listTraineeProgress } from "./queries";
import { parisInstant } from "@/lib/domain/paris-time";

const mailer = createMailer({ from: "Relais <test@relais.test>" });
const mail = { mailer, locale: "fr", appUrl: "https://relais.test" };

async function fieldErrors(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return { code: (e as { code?: string }).code, fields: (e as { fieldKeys?: Record<string, string> }).fieldKeys ?? {} };
  }
  throw new Error("expected a refusal");
}

describe("enrolment and waiting list", () => {
  it("gives seats while there are some, then the waiting list; a freed seat goes to the first waiting, emailed and invited", async () => {
    const network = await createNetwork(db);
    const cycle = await buildCycle(db, {
      networkId: network.id,
      startsOn: "2030-01-01",
      endsOn: "2030-12-31",
      capacity: 2,
      modules: [{ theme: "Compostage", plannedHours: 3, sessions: ["2030-03-02"] }],
    });
    const people: Awaited<ReturnType<typeof insertContact>>[] = [];
    for (let i = 0; i < 3; i++) people.push(await insertContact(db, { networkId: network.id }));
    for (const p of people) await enrolContacts(db, { networkId: network.id }, { cycleId: cycle.id, contactIds: [p.id], segmentId: null }, mail);

    const rows = await db.select().from(trainingEnrolments).where(eq(trainingEnrolments.cycleId, cycle.id));
    const statusOf = (id: string) => rows.find((r) => r.contactId === id)!.status;
    expect(people.map((p) => statusOf(p.id))).toEqual(["enrolled", "enrolled", "waiting"]);
    // Enrolled people are invited to the session through the meetings' invitations; the waiting one is not.
    const invited = await db.select().from(participations).where(eq(participations.eventId, cycle.modules[0]!.sessions[0]!));
    expect(invited.map((p) => p.contactId).sort()).toEqual([people[0]!.id, people[1]!.id].sort());

    const first = rows.find((r) => r.contactId === people[0]!.id)!;
    const { promoted } = await cancelEnrolment(db, { networkId: network.id }, { enrolmentId: first.id }, mail);
    expect(promoted).toEqual([people[2]!.id]);
    const [third] = await db.select().from(trainingEnrolments).where(and(eq(trainingEnrolments.cycleId, cycle.id), eq(trainingEnrolments.contactId, people[2]!.id)));
    expect(third!.status).toBe("enrolled");
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.to, people[2]!.email!));
    expect(mails.map((m) => m.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining("Une place s'est libérée")]),
    );
    const invitedNow = await db.select().from(participations).where(and(eq(participations.eventId, cycle.modules[0]!.sessions[0]!), eq(participations.contactId, people[2]!.id)));
    expect(invitedNow).toHaveLength(1);
    // The cancelled person's invitation to the session to come is withdrawn.
    const cancelledInvites = await db.select().from(participations).where(and(eq(participations.eventId, cycle.modules[0]!.sessions[0]!), eq(participations.contactId, people[0]!.id)));
    expect(cancelledInvites).toHaveLength(0);
  });

  it("refuses a second enrolment, an archived person, a capacity below the enrolled count and a session outside the cycle", async () => {
    const network = await createNetwork(db);
    const cycle = await buildCycle(db, {
      networkId: network.id,
      startsOn: "2030-01-01",
      endsOn: "2030-06-30",
      modules: [{ theme: "Réemploi", plannedHours: 3, sessions: [] }],
    });
    const a = await insertContact(db, { networkId: network.id });
    const b = await insertContact(db, { networkId: network.id });
    const archived = await insertContact(db, { networkId: network.id, archivedAt: new Date() });
    const input = (id: string) => ({ cycleId: cycle.id, contactIds: [id], segmentId: null });
    await enrolContacts(db, { networkId: network.id }, input(a.id), mail);
    await enrolContacts(db, { networkId: network.id }, input(b.id), mail);
    expect((await fieldErrors(enrolContacts(db, { networkId: network.id }, input(a.id), mail))).code).toBe("conflict");
    expect((await fieldErrors(enrolContacts(db, { networkId: network.id }, input(archived.id), mail))).fields).toEqual({
      contactIds: "training.errors.contactInactive",
    });
    const cycleInput = {
      title: "Formation",
      description: null,
      objectives: null,
      startsOn: "2030-01-01",
      endsOn: "2030-06-30",
      capacity: 1,
      completionRule: "every_module" as const,
      completionPercent: null,
      absenceThreshold: 2,
      status: "open" as const,
    };
    expect((await fieldErrors(updateCycle(db, { networkId: network.id, userId: null, id: cycle.id }, cycleInput))).fields).toEqual({
      capacity: "training.errors.capacityBelowEnrolled",
    });
    const outside = createSession(db, { networkId: network.id, userId: null }, {
      moduleId: cycle.modules[0]!.id,
      kind: "site_visit",
      trainerId: null,
      title: "Visite",
      startsAt: parisInstant("2030-09-01", "09:00"),
      endsAt: parisInstant("2030-09-01", "12:00"),
      place: null,
      address: null,
      communeId: null,
      siteType: "reuse_centre",
      capacity: null,
      description: null,
    });
    expect((await fieldErrors(outside)).fields).toEqual({ startsAt: "training.errors.outsideCycle" });
  });

  it("a cycle of another network is not found", async () => {
    const mine = await createNetwork(db);
    const other = await createNetwork(db);
    const cycle = await buildCycle(db, { networkId: other.id, startsOn: "2030-01-01", endsOn: "2030-02-01", modules: [] });
    const person = await insertContact(db, { networkId: mine.id });
    expect((await fieldErrors(enrolContacts(db, { networkId: mine.id }, { cycleId: cycle.id, contactIds: [person.id], segmentId: null }, mail))).code).toBe("not_found");
    expect(await getCycleFigures(db, { networkId: mine.id, cycleId: cycle.id })).toBeNull();
  });
});

describe("progress, completion and figures", () => {
  it("computes completion by rule, assiduity, hours and the SERD conversion on a known data set", async () => {
    const network = await createNetwork(db);
    const n = network.id;
    const cycle = await buildCycle(db, {
      networkId: n,
      startsOn: "2024-01-01",
      endsOn: "2024-12-31",
      modules: [
        { theme: "Compostage", plannedHours: 3, sessions: ["2024-03-02", "2024-04-06"] },
        { theme: "Réemploi", plannedHours: 3, sessions: ["2024-05-04"] },
      ],
    });
    const [c1, c2] = cycle.modules[0]!.sessions as [string, string];
    const [r1] = cycle.modules[1]!.sessions as [string];
    const orgs = [];
    for (let i = 0; i < 5; i++) orgs.push(await createOrganisation(db, { networkId: n }));
    const people = [];
    for (let i = 0; i < 5; i++) people.push(await insertContact(db, { networkId: n, organisationId: orgs[i]!.id }));
    // Past sessions: no invitation goes out, the sheet is filled afterwards.
    await enrolContacts(db, { networkId: n }, { cycleId: cycle.id, contactIds: people.map((p) => p.id), segmentId: null }, mail);
    const [A, B, C, D, E] = people as [typeof people[0], typeof people[0], typeof people[0], typeof people[0], typeof people[0]];
    const mark = (eventId: string, p: typeof A, status: "present" | "late" | "absent") =>
      markAttendance(db, { networkId: n, eventId, contactId: p.id, organisationId: p.organisationId, status });
    // A: every module; B: late at module 1, present at module 2; C: module 1 only; D: module 2 only; E: absent twice.
    await mark(c1, A, "present");
    await mark(r1, A, "present");
    await mark(c2, B, "late");
    await mark(r1, B, "present");
    await mark(c1, C, "present");
    await mark(c2, C, "present");
    await mark(r1, D, "present");
    await mark(c1, E, "absent");
    await mark(r1, E, "absent");

    const progress = await listTraineeProgress(db, { networkId: n, cycleId: cycle.id });
    const byId = new Map(progress.map((p) => [p.contactId, p]));
    expect(people.map((p) => byId.get(p.id)!.completed)).toEqual([true, true, false, false, false]);
    expect(byId.get(C.id)!.hoursAttended).toBe(6);
    expect(byId.get(E.id)!.absences).toBe(2);

    const figures = (await getCycleFigures(db, { networkId: n, cycleId: cycle.id }))!;
    expect(figures).toMatchObject({ enrolled: 5, trained: 4, completed: 2, hoursDelivered: 9, sessionsHeld: 3 });
    // 7 attended of 9 marks recorded.
    expect(figures.assiduity).toBeCloseTo(7 / 9);
    expect(figures.byModule.map((m) => m.trained)).toEqual([3, 3]);

    // Conversion for the 2024 edition: A's organisation leads a labelled action, B's co-organises one,
    // C's leads only a draft, D's leads a labelled action of another edition, E was never trained.
    const edition = await insertEdition(db, { networkId: n, year: 2024 });
    const earlier = await insertEdition(db, { networkId: n, year: 2023 });
    const occ = [{ date: "2024-11-23" }];
    await insertAction(db, { networkId: n, editionId: edition.id, leadOrganisationId: A.organisationId!, occurrences: occ });
    await insertAction(db, { networkId: n, editionId: edition.id, leadOrganisationId: orgs[4]!.id, coorganiserIds: [B.organisationId!], occurrences: occ });
    await insertAction(db, { networkId: n, editionId: edition.id, leadOrganisationId: C.organisationId!, status: "draft", occurrences: occ });
    await insertAction(db, { networkId: n, editionId: earlier.id, leadOrganisationId: D.organisationId!, occurrences: [{ date: "2023-11-22" }] });

    const conversion = (await getConversion(db, { networkId: n, cycleId: cycle.id, editionId: edition.id }))!;
    expect(conversion.trained).toBe(4);
    expect(conversion.acting).toBe(2);
    expect(conversion.share).toBe(0.5);
    expect(conversion.did.map((p) => p.contactId).sort()).toEqual([A.id, B.id].sort());
    expect(conversion.didNot.map((p) => p.contactId).sort()).toEqual([C.id, D.id].sort());
  });

  it("the hours rule counts hours attended against the planned hours, for a person enrolled late too", async () => {
    const network = await createNetwork(db);
    const cycle = await buildCycle(db, {
      networkId: network.id,
      startsOn: "2024-01-01",
      endsOn: "2024-12-31",
      completionRule: "hours_percent",
      completionPercent: 50,
      modules: [
        { theme: "Compostage", plannedHours: 6, sessions: ["2024-03-02", "2024-04-06"] },
        { theme: "Réemploi", plannedHours: 6, sessions: ["2024-05-04", "2024-06-01"] },
      ],
    });
    const late = await insertContact(db, { networkId: network.id });
    const short = await insertContact(db, { networkId: network.id });
    await enrolContacts(db, { networkId: network.id }, { cycleId: cycle.id, contactIds: [late.id, short.id], segmentId: null }, mail);
    // Enrolled after the first two sessions: two of the last sessions make 6 h of 12 planned = 50 %.
    await markAttendance(db, { networkId: network.id, eventId: cycle.modules[1]!.sessions[0]!, contactId: late.id, status: "present" });
    await markAttendance(db, { networkId: network.id, eventId: cycle.modules[1]!.sessions[1]!, contactId: late.id, status: "present" });
    await markAttendance(db, { networkId: network.id, eventId: cycle.modules[0]!.sessions[0]!, contactId: short.id, status: "present" });
    const progress = await listTraineeProgress(db, { networkId: network.id, cycleId: cycle.id });
    const completed = new Map(progress.map((p) => [p.contactId, p.completed]));
    expect(completed.get(late.id)).toBe(true);
    expect(completed.get(short.id)).toBe(false);
  });
});

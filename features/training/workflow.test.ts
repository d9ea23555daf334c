import { and, eq } from "drizzle-orm";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { contacts, outboxMessages, participations, trainingEnrolments, trainingTrainers } from "@/db/schema";
import { eraseContact } from "@/features/directory/gdpr/mutations";
import { createMailer } from "@/server/mail/mailer";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, insertContact } from "@/test/factories/index";
import { buildCycle, markAttendance } from "@/test/factories/training";
import { markTraineeAction } from "./actions";
import { buildAttestation, verifyAttestation } from "./attestation";
import { getAttendanceGrid, markAllPresent, markTrainee, sendAbsenceAlerts } from "./attendance";
import { exportCycle } from "./export";
import { addTrainer, decideRequest, enrolContacts, updateCycle } from "./mutations";
import { getCycleFigures } from "./queries";
import { createEnrolmentLink, findCycleByLink, requestEnrolmentByLink } from "./self-enrolment";

const mailer = createMailer({ from: "Relais <test@relais.test>" });
const mail = { mailer, locale: "fr", appUrl: "https://relais.test" };

async function refusal(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return { code: (e as { code?: string }).code, fields: (e as { fieldKeys?: Record<string, string> }).fieldKeys ?? {} };
  }
  throw new Error("expected a refusal");
}

async function textOf(bytes: Uint8Array) {
  const parser = new PDFParse({ data: bytes });
  try {
    return (await parser.getText()).pages.map((p) => p.text).join("\n");
  } finally {
    await parser.destroy();
  }
}

/** A past cycle of two modules (3 h each, one session each) with two enrolled trainees. */
async function pastCycle(slug: string) {
  const net = await createNetworkWithRoles(db, { slug, name: `Réseau ${slug}` });
  const n = net.network.id;
  const cycle = await buildCycle(db, {
    networkId: n,
    startsOn: "2024-01-01",
    endsOn: "2024-12-31",
    modules: [
      { theme: "Compostage", plannedHours: 3, sessions: ["2024-03-02"] },
      { theme: "Réemploi", plannedHours: 3, sessions: ["2024-05-04"] },
    ],
  });
  const a = await insertContact(db, { networkId: n, firstName: "Aline", lastName: "Durand" });
  const b = await insertContact(db, { networkId: n, firstName: "Bruno", lastName: "Petit" });
  await enrolContacts(db, { networkId: n }, { cycleId: cycle.id, contactIds: [a.id, b.id], segmentId: null }, mail);
  const enrolmentOf = async (contactId: string) =>
    (await db.select().from(trainingEnrolments).where(and(eq(trainingEnrolments.cycleId, cycle.id), eq(trainingEnrolments.contactId, contactId))))[0]!;
  return { net, n, cycle, a, b, enrolmentOf, sessions: [cycle.modules[0]!.sessions[0]!, cycle.modules[1]!.sessions[0]!] as const };
}

describe("self-enrolment from the cycle's invitation link", () => {
  it("a visitor's request adds them to the directory as 'requested'; the coordinator accepts it; a forged, replaced or closed link is refused", async () => {
    const net = await createNetworkWithRoles(db, { slug: "training-link" });
    const cycle = await buildCycle(db, { networkId: net.network.id, startsOn: "2030-01-01", endsOn: "2030-12-31", capacity: 5, modules: [] });
    const { token } = await createEnrolmentLink(db, { networkId: net.network.id, cycleId: cycle.id });
    expect((await findCycleByLink(db, token))?.id).toBe(cycle.id);
    const input = { token, firstName: "Chloé", lastName: "Bernard", email: "chloe.bernard@exemple.test" };
    expect(await requestEnrolmentByLink(db, input)).toEqual({ status: "requested" });
    const [person] = await db.select().from(contacts).where(and(eq(contacts.networkId, net.network.id), eq(contacts.email, input.email)));
    expect(person).toMatchObject({ firstName: "Chloé", legalBasis: "consent" });
    // A second request of the same person: a conflict, no second row.
    expect((await refusal(requestEnrolmentByLink(db, input))).code).toBe("conflict");
    const [row] = await db.select().from(trainingEnrolments).where(eq(trainingEnrolments.contactId, person!.id));
    expect(await decideRequest(db, { networkId: net.network.id }, { enrolmentId: row!.id, accept: true }, mail)).toEqual({ status: "enrolled" });

    expect((await refusal(requestEnrolmentByLink(db, { ...input, token: "forged-token-forged-token" }))).code).toBe("not_found");
    const { token: second } = await createEnrolmentLink(db, { networkId: net.network.id, cycleId: cycle.id });
    expect(await findCycleByLink(db, token)).toBeNull();
    const cycleInput = {
      title: "Formation des acteurs relais", description: null, objectives: null, startsOn: "2030-01-01", endsOn: "2030-12-31",
      capacity: 5, completionRule: "every_module" as const, completionPercent: null, absenceThreshold: 2, status: "closed" as const,
    };
    await updateCycle(db, { networkId: net.network.id, userId: null, id: cycle.id }, cycleInput);
    expect(await findCycleByLink(db, second)).toBeNull();
  });
});

describe("attendance grid and absence follow-up", () => {
  it("marks trainees through the meetings' check-in, 'all present' fills the rest, and the coordinator is told once after N absences", async () => {
    const { net, n, cycle, a, b, sessions } = await pastCycle("training-grid");
    await markTrainee(db, { networkId: n, cycleId: cycle.id, eventId: sessions[0], contactId: a.id, status: "absent" });
    expect(await markAllPresent(db, { networkId: n, cycleId: cycle.id, eventId: sessions[0] })).toEqual({ marked: 1 });
    await markTrainee(db, { networkId: n, cycleId: cycle.id, eventId: sessions[1], contactId: a.id, status: "absent" });
    const grid = (await getAttendanceGrid(db, { networkId: n, cycleId: cycle.id }))!;
    const rowOf = (id: string) => grid.rows.find((r) => r.contactId === id)!;
    expect(rowOf(a.id).marks).toEqual(["absent", "absent"]);
    expect(rowOf(b.id).marks).toEqual(["present", null]);
    expect(rowOf(a.id).alert).toBe(true);
    expect(rowOf(b.id).alert).toBe(false);
    // The marks are the meetings' participations.
    const [p] = await db.select().from(participations).where(and(eq(participations.eventId, sessions[0]), eq(participations.contactId, b.id)));
    expect(p!.status).toBe("present");

    const args = { ...mail, networkSlug: net.network.slug };
    expect(await sendAbsenceAlerts(db, { networkId: n, cycleId: cycle.id }, args)).toHaveLength(1);
    expect(await sendAbsenceAlerts(db, { networkId: n, cycleId: cycle.id }, args)).toHaveLength(0);
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.to, net.coordinator.email));
    const alerts = mails.filter((m) => m.subject.includes("Absences répétées"));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text).toContain("Aline Durand (2)");
    // Nobody but the coordinator is told.
    expect((await db.select().from(outboxMessages).where(eq(outboxMessages.to, net.partner.email))).filter((m) => m.subject.includes("Absences"))).toHaveLength(0);
  });

  it("refuses a mark for a session of another cycle or a person not enrolled; the export lists every mark", async () => {
    const { n, cycle, a, sessions } = await pastCycle("training-grid-scope");
    const other = await buildCycle(db, { networkId: n, startsOn: "2024-01-01", endsOn: "2024-12-31", modules: [{ theme: "Autre", plannedHours: 2, sessions: ["2024-06-01"] }] });
    const stranger = await insertContact(db, { networkId: n });
    expect((await refusal(markTrainee(db, { networkId: n, cycleId: cycle.id, eventId: other.modules[0]!.sessions[0]!, contactId: a.id, status: "present" }))).code).toBe("not_found");
    expect((await refusal(markTrainee(db, { networkId: n, cycleId: cycle.id, eventId: sessions[0], contactId: stranger.id, status: "present" }))).code).toBe("not_found");
    await markTrainee(db, { networkId: n, cycleId: cycle.id, eventId: sessions[0], contactId: a.id, status: "late" });
    const file = (await exportCycle(db, { networkId: n, cycleId: cycle.id, what: "attendance", format: "csv", locale: "fr" }))!;
    const lines = new TextDecoder().decode(file.body).replace(/^\ufeff/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Nom;Prénom;Module;Séance;Date;Début;Fin;Durée (h);Lieu;Formateur·rice;Statut;Remarques");
    // 2 trainees × 2 sessions.
    expect(lines).toHaveLength(5);
    expect(lines.find((l) => l.startsWith("Durand;Aline;Compostage"))).toMatch(/02\/03\/2024;9 h 00;12 h 00;3;Maison de l'environnement;;En retard;$/);
    const xlsx = (await exportCycle(db, { networkId: n, cycleId: cycle.id, what: "enrolments", format: "xlsx", locale: "fr" }))!;
    expect(xlsx.body.byteLength).toBeGreaterThan(1000);
  });
});

describe("attestation de formation", () => {
  it("is issued to a trainee who completed, with the cycle, objectives and hours, and a verification code that the public check confirms", async () => {
    const { net, n, cycle, a, b, enrolmentOf, sessions } = await pastCycle("training-attest");
    await addTrainer(db, { networkId: n, userId: null }, { cycleId: cycle.id, contactId: null, name: "Marc Formateur", email: null });
    await markAttendance(db, { networkId: n, eventId: sessions[0], contactId: a.id, status: "present" });
    await markAttendance(db, { networkId: n, eventId: sessions[1], contactId: a.id, status: "late" });
    await markAttendance(db, { networkId: n, eventId: sessions[0], contactId: b.id, status: "present" });
    const scope = { networkId: n, cycleId: cycle.id, signatoryUserId: net.coordinator.id, appUrl: "https://relais.test" };
    const done = await buildAttestation(db, { ...scope, enrolmentId: (await enrolmentOf(a.id)).id, now: new Date("2024-12-20T10:00:00Z") });
    const text = await textOf(done.pdf);
    expect(text).toContain("Attestation de formation");
    expect(text).toContain("Aline Durand");
    expect(text).toContain("« Formation des acteurs relais »");
    expect(text).toContain("Savoir animer un atelier de prévention.");
    expect(text).toContain("1. Compostage : 3 h suivies sur 3 h prévues");
    expect(text).toContain("Total : 6 h suivies sur 6 h prévues.");
    expect(text).toContain("Marc Formateur");
    expect(text).toContain(`coordinator ${net.network.slug}`);
    expect(text).toContain(done.url);
    const code = done.url.split("/attestation/")[1]!;
    expect(code.length).toBeGreaterThanOrEqual(40);
    expect(await verifyAttestation(db, code)).toEqual({
      name: "Aline Durand", cycle: "Formation des acteurs relais", startsOn: "2024-01-01", endsOn: "2024-12-31", network: net.network.name,
    });
    // Issued again: the same code.
    const again = await buildAttestation(db, { ...scope, enrolmentId: (await enrolmentOf(a.id)).id });
    expect(again.url).toBe(done.url);
    // Bruno missed a module: no attestation.
    expect((await refusal(buildAttestation(db, { ...scope, enrolmentId: (await enrolmentOf(b.id)).id }))).code).toBe("conflict");
    expect(await verifyAttestation(db, "x".repeat(43))).toBeNull();

    // GDPR: erasing the trainee keeps the figures, the attestation no longer confirms a name.
    const before = await getCycleFigures(db, { networkId: n, cycleId: cycle.id });
    await eraseContact(db, { networkId: n, userId: null, id: a.id }, "request");
    expect(await getCycleFigures(db, { networkId: n, cycleId: cycle.id })).toEqual(before);
    expect(await verifyAttestation(db, code)).toBeNull();
  });

  it("erasing a trainer who is a contact removes the name copied on the cycle", async () => {
    const { n, cycle } = await pastCycle("training-erase-trainer");
    const trainer = await insertContact(db, { networkId: n, firstName: "Zoé", lastName: "Lambert" });
    const { id } = await addTrainer(db, { networkId: n, userId: null }, { cycleId: cycle.id, contactId: trainer.id, name: null, email: null });
    const [named] = await db.select().from(trainingTrainers).where(eq(trainingTrainers.id, id));
    expect(named).toMatchObject({ name: "Zoé Lambert", email: trainer.email });
    await eraseContact(db, { networkId: n, userId: null, id: trainer.id }, "request");
    const [after] = await db.select().from(trainingTrainers).where(eq(trainingTrainers.id, id));
    expect(after).toMatchObject({ name: "Personne effacée", email: null });
  });
});

describe("roles and networks on the grid", () => {
  it("only a coordinator marks; a coordinator of another network gets 'not found'", async () => {
    const { net, cycle, a, sessions } = await pastCycle("training-grid-roles");
    const other = await createNetworkWithRoles(db, { slug: "training-grid-other" });
    const input = { cycleId: cycle.id, eventId: sessions[0], contactId: a.id, status: "present" };
    for (const role of ["partner", "ambassador", "elected"] as const)
      expect(await runAction(markTraineeAction, { db, userId: net[role].id, networkSlug: net.network.slug, input })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await runAction(markTraineeAction, { db, userId: other.coordinator.id, networkSlug: other.network.slug, input })).toMatchObject({ ok: false, code: "not_found" });
    expect(await runAction(markTraineeAction, { db, userId: net.coordinator.id, networkSlug: net.network.slug, input })).toMatchObject({ ok: true });
  });
});

import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { outboxMessages, participations, trainingSessions } from "@/db/schema";
import { createMailer } from "@/server/mail/mailer";
import { testDb as db } from "@/test/db";
import { createNetwork, insertContact } from "@/test/factories/index";
import { buildCycle } from "@/test/factories/training";
import { addTrainer, enrolContacts } from "./mutations";
import { createTrainerLink, findTrainerSession, markByTrainerLink, trainerLinkGraceMs } from "./trainer-link";

const mailer = createMailer({ from: "Relais <test@relais.test>" });
const mail = { mailer, locale: "fr", appUrl: "https://relais.test" };

async function codeOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code;
  }
  throw new Error("expected a refusal");
}

describe("a trainer's expiring link", () => {
  it("opens the attendance of its own session only, until it expires; the trainer receives it by email", async () => {
    const network = await createNetwork(db);
    const n = network.id;
    const cycle = await buildCycle(db, {
      networkId: n,
      startsOn: "2024-01-01",
      endsOn: "2024-12-31",
      modules: [{ theme: "Compostage", plannedHours: 3, sessions: ["2024-03-02", "2024-04-06"] }],
    });
    const [first, second] = cycle.modules[0]!.sessions as [string, string];
    const trainer = await addTrainer(db, { networkId: n, userId: null }, { cycleId: cycle.id, contactId: null, name: "Marc Formateur", email: "marc@exemple.test" });
    // No trainer on the session yet: no link.
    expect(await codeOf(createTrainerLink(db, { networkId: n, eventId: first }, mail))).toBe("conflict");
    await db.update(trainingSessions).set({ trainerId: trainer.id }).where(eq(trainingSessions.eventId, first));

    const trainee = await insertContact(db, { networkId: n });
    const stranger = await insertContact(db, { networkId: n });
    await enrolContacts(db, { networkId: n }, { cycleId: cycle.id, contactIds: [trainee.id], segmentId: null }, mail);

    const link = await createTrainerLink(db, { networkId: n, eventId: first }, mail);
    expect(link.emailed).toBe(true);
    const [sent] = await db.select().from(outboxMessages).where(eq(outboxMessages.to, "marc@exemple.test"));
    expect(sent!.text).toContain(link.url);
    const token = link.url.split("/formateur/")[1]!;
    const during = new Date("2024-03-02T10:00:00Z");

    const view = (await findTrainerSession(db, token, during))!;
    expect(view.eventId).toBe(first);
    expect(view.trainees.map((p) => p.contactId)).toEqual([trainee.id]);

    await markByTrainerLink(db, { token, contactId: trainee.id, status: "late" }, during);
    const marks = await db.select().from(participations).where(eq(participations.contactId, trainee.id));
    // Marked at the link's session, and at no other.
    expect(marks.map((m) => [m.eventId, m.status])).toEqual([[first, "late"]]);
    expect(marks.some((m) => m.eventId === second)).toBe(false);
    // Someone who is not a trainee of the cycle cannot be marked through the link.
    expect(await codeOf(markByTrainerLink(db, { token, contactId: stranger.id, status: "present" }, during))).toBe("not_found");

    // After expiry, and once replaced, the link is refused.
    const after = new Date(view.endsAt.getTime() + trainerLinkGraceMs + 1000);
    expect(await findTrainerSession(db, token, after)).toBeNull();
    expect(await codeOf(markByTrainerLink(db, { token, contactId: trainee.id, status: "present" }, after))).toBe("expired");
    await createTrainerLink(db, { networkId: n, eventId: first }, mail);
    expect(await codeOf(markByTrainerLink(db, { token, contactId: trainee.id, status: "present" }, during))).toBe("expired");
    const [kept] = await db.select().from(participations).where(and(eq(participations.contactId, trainee.id), eq(participations.eventId, first)));
    expect(kept!.status).toBe("late");
  });
});

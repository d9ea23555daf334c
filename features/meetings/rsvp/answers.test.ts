import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { events, outboxMessages, participations } from "@/db/schema";
import { ActionError } from "@/lib/action-result";
import { createMailer } from "@/server/mail/mailer";
import { testDb as db } from "@/test/db";
import { runAction } from "@/test/actions";
import { createNetworkWithRoles, insertContact } from "@/test/factories/index";
import { answerAsMemberAction } from "./actions";
import { answerByToken, findAnswerByToken, findMemberAnswer } from "./answers";
import { promoteFromWaitlist } from "./seats";
import { insertEvent, insertParticipation } from "@/test/factories/meetings";

const mailer = createMailer({ from: "Relais <test@relais.test>" });

let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let other: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "plp-answers", name: "PLP réponses" });
  other = await createNetworkWithRoles(db, { slug: "autre-answers" });
});

async function invited(eventId: string, over: Partial<typeof participations.$inferInsert> = {}) {
  const person = await insertContact(db, { networkId: net.network.id });
  const p = await insertParticipation(db, {
    networkId: net.network.id,
    eventId,
    contactId: person.id,
    ...over,
  });
  return { ...p, email: person.email!, firstName: person.firstName };
}
const statusOf = async (id: string) =>
  (await db.select().from(participations).where(eq(participations.id, id)))[0]!;
const answer = (token: string, a: "yes" | "no" | "excused", message: string | null = null, now?: Date) =>
  answerByToken(db, mailer, { token, answer: a, message, now });
async function errorOf(promise: Promise<unknown>) {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ActionError);
  return e as ActionError;
}

describe("answers through the personal link", () => {
  it("records an answer and its message, and lets the person change it until the start", async () => {
    const event = await insertEvent(db, { networkId: net.network.id });
    const p = await invited(event.id);
    expect(await answer(p.token, "yes")).toEqual({ status: "registered" });
    expect(await answer(p.token, "excused", "Conseil municipal le même soir")).toEqual({ status: "excused" });
    const row = await statusOf(p.id);
    expect(row.status).toBe("excused");
    expect(row.answerMessage).toBe("Conseil municipal le même soir");
    expect(row.answeredAt).not.toBeNull();
    expect(await answer(p.token, "no")).toEqual({ status: "declined" });

    const view = await findAnswerByToken(db, p.token);
    expect(view).toMatchObject({ status: "declined", open: true, firstName: p.firstName });
    expect(view!.event.title).toBe("Conseil d'acteurs de printemps");
    // The page's data holds this person's answer and the event, no list of participants.
    expect(JSON.stringify(view)).not.toContain("participations");

    // After the start: "expired" and nothing changes.
    const late = new Date(event.startsAt.getTime() + 60_000);
    expect((await errorOf(answer(p.token, "yes", null, late))).code).toBe("expired");
    expect((await statusOf(p.id)).status).toBe("declined");
    expect((await findAnswerByToken(db, p.token, late))!.open).toBe(false);
  });

  it("refuses a forged link and a cancelled event", async () => {
    expect((await errorOf(answer("forged-token-that-matches-nothing", "yes"))).code).toBe("not_found");
    expect(await findAnswerByToken(db, "forged-token-that-matches-nothing")).toBeNull();
    const event = await insertEvent(db, { networkId: net.network.id, status: "cancelled" });
    const p = await invited(event.id);
    const e = await errorOf(answer(p.token, "yes"));
    expect(e.code).toBe("expired");
    expect(e.messageKey).toBe("rsvp.errors.cancelled");
    expect((await statusOf(p.id)).status).toBe("invited");
  });
});

describe("capacity and waiting list", () => {
  it("puts answers beyond capacity on the waiting list and gives a freed seat to the first, by email", async () => {
    const event = await insertEvent(db, { networkId: net.network.id, capacity: 2 });
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => invited(event.id)));
    expect(await answer(a!.token, "yes")).toEqual({ status: "registered" });
    expect(await answer(b!.token, "yes")).toEqual({ status: "registered" });
    expect(await answer(c!.token, "yes")).toEqual({ status: "waitlisted" });
    expect(await answer(d!.token, "yes")).toEqual({ status: "waitlisted" });
    expect((await statusOf(c!.id)).waitlistedAt).not.toBeNull();
    expect((await findAnswerByToken(db, d!.token))!.waitlistPosition).toBe(2);
    // Saying "yes" again keeps one's place in the queue.
    await answer(c!.token, "yes", "J'arrive à 18h30");
    expect((await findAnswerByToken(db, c!.token))!.waitlistPosition).toBe(1);

    expect(await answer(a!.token, "excused")).toEqual({ status: "excused" });
    const promoted = await statusOf(c!.id);
    expect(promoted.status).toBe("registered");
    expect(promoted.waitlistedAt).toBeNull();
    expect((await statusOf(d!.id)).status).toBe("waitlisted");
    const mails = await db.select().from(outboxMessages).where(eq(outboxMessages.to, c!.email));
    expect(mails.map((m) => m.subject)).toEqual(["Une place s'est libérée : Conseil d'acteurs de printemps"]);
    expect(mails[0]!.text).toContain("vous êtes maintenant inscrit·e");
    expect(await db.select().from(outboxMessages).where(eq(outboxMessages.to, d!.email))).toHaveLength(0);

    const registered = await db
      .select()
      .from(participations)
      .where(and(eq(participations.eventId, event.id), eq(participations.status, "registered")));
    expect(registered).toHaveLength(2);
  });

  it("gives new seats to the waiting list in order when the capacity is raised", async () => {
    const event = await insertEvent(db, { networkId: net.network.id, capacity: 1 });
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => invited(event.id)));
    for (const p of [a, b, c]) await answer(p!.token, "yes");
    await db.update(events).set({ capacity: 2 }).where(eq(events.id, event.id));
    const promoted = await promoteFromWaitlist(db, mailer, { networkId: net.network.id, eventId: event.id });
    expect(promoted).toEqual([b!.id]);
    expect((await statusOf(b!.id)).status).toBe("registered");
    expect((await statusOf(c!.id)).status).toBe("waitlisted");
    // Another network's id is not found.
    await expect(
      promoteFromWaitlist(db, mailer, { networkId: other.network.id, eventId: event.id }),
    ).rejects.toThrow();
  });
});

describe("answers of signed-in members", () => {
  it("finds the member's invitation by their email and records the answer", async () => {
    const event = await insertEvent(db, { networkId: net.network.id });
    const me = await insertContact(db, { networkId: net.network.id, email: net.partner.email });
    const p = await insertParticipation(db, {
      networkId: net.network.id,
      eventId: event.id,
      contactId: me.id,
    });
    const args = { networkId: net.network.id, userId: net.partner.id, eventId: event.id };
    expect(await findMemberAnswer(db, args)).toMatchObject({ status: "invited", open: true });
    expect(await findMemberAnswer(db, { ...args, userId: net.coordinator.id })).toBeNull();

    const result = await runAction(answerAsMemberAction, {
      db,
      userId: net.partner.id,
      networkSlug: net.network.slug,
      input: { eventId: event.id, answer: "excused", message: "En congé" },
    });
    expect(result).toEqual({ ok: true, data: { status: "excused" } });
    expect((await statusOf(p.id)).answerMessage).toBe("En congé");

    // Not invited: not found. Elected officials do not answer. Another network: not found.
    expect(
      await runAction(answerAsMemberAction, {
        db,
        userId: net.coordinator.id,
        networkSlug: net.network.slug,
        input: { eventId: event.id, answer: "yes" },
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(
      await runAction(answerAsMemberAction, {
        db,
        userId: net.elected.id,
        networkSlug: net.network.slug,
        input: { eventId: event.id, answer: "yes" },
      }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    expect(
      await runAction(answerAsMemberAction, {
        db,
        userId: other.partner.id,
        networkSlug: other.network.slug,
        input: { eventId: event.id, answer: "yes" },
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect((await statusOf(p.id)).status).toBe("excused");
  });
});

import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { participations } from "@/db/schema";
import { ActionError } from "@/lib/action-result";
import { createMailer } from "@/server/mail/mailer";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, insertContact } from "@/test/factories/index";
import { insertEvent, insertParticipation } from "@/test/factories/meetings";
import { answerByToken, linkAnswerQuietMs } from "./answers";

// Answers recorded by the answer page opened from a mail link (decision 0026), and the
// "représenté·e par" of an excused council member.

const mailer = createMailer({ from: "Relais <test@relais.test>" });
let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "link-answers" });
});

async function invited(eventType: "actors_council" | "thematic_workshop" = "actors_council") {
  const event = await insertEvent(db, { networkId: net.network.id, eventType });
  const person = await insertContact(db, { networkId: net.network.id });
  return insertParticipation(db, { networkId: net.network.id, eventId: event.id, contactId: person.id });
}
const rowOf = async (id: string) =>
  (await db.select().from(participations).where(eq(participations.id, id)))[0]!;
const byLink = (token: string, answer: "yes" | "no" | "excused", now: Date) =>
  answerByToken(db, mailer, { token, answer, message: null, via: "link", now });

describe("answers from a mail link", () => {
  it("records the answer of the link and keeps the message written before", async () => {
    const p = await invited();
    const t0 = new Date();
    await answerByToken(db, mailer, { token: p.token, answer: "yes", message: "Avec une collègue", now: t0 });
    const later = new Date(t0.getTime() + linkAnswerQuietMs + 1000);
    expect(await byLink(p.token, "no", later)).toEqual({ status: "declined" });
    expect(await rowOf(p.id)).toMatchObject({ status: "declined", answerMessage: "Avec une collègue" });
  });

  it("asks for one press when a different link answer follows another within two minutes (a scanner opening every link)", async () => {
    const p = await invited();
    const t0 = new Date();
    expect(await byLink(p.token, "yes", t0)).toEqual({ status: "registered" });
    // The same answer again (a reload) is fine.
    expect(await byLink(p.token, "yes", new Date(t0.getTime() + 5000))).toEqual({ status: "registered" });
    const e = await byLink(p.token, "no", new Date(t0.getTime() + 6000)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ActionError);
    expect(e).toMatchObject({ code: "conflict", messageKey: "rsvp.answer.confirmNeeded" });
    expect((await rowOf(p.id)).status).toBe("registered");
    // The form's button still changes it at once.
    await answerByToken(db, mailer, {
      token: p.token,
      answer: "no",
      message: null,
      now: new Date(t0.getTime() + 7000),
    });
    expect((await rowOf(p.id)).status).toBe("declined");
  });

  it("keeps who represents an excused council member, and forgets it with another answer", async () => {
    const p = await invited();
    await answerByToken(db, mailer, {
      token: p.token,
      answer: "excused",
      message: null,
      representedBy: "Léa Martin",
    });
    expect(await rowOf(p.id)).toMatchObject({ status: "excused", representedBy: "Léa Martin" });
    await answerByToken(db, mailer, {
      token: p.token,
      answer: "yes",
      message: null,
      representedBy: "Léa Martin",
    });
    expect(await rowOf(p.id)).toMatchObject({ status: "registered", representedBy: null });
  });
});

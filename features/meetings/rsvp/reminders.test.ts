import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxMessages, participations } from "@/db/schema";
import { createMailer, type Mailer } from "@/server/mail/mailer";
import { testDb as db } from "@/test/db";
import { createNetwork, insertContact } from "@/test/factories/index";
import { sendDueReminders } from "./reminders";
import { insertEvent, insertParticipation } from "@/test/factories/meetings";

const mailer = createMailer({ from: "Relais <test@relais.test>" });
const HOUR = 3_600_000;

let networkId: string;
beforeAll(async () => {
  networkId = (await createNetwork(db, { name: "Réseau des ambassadeurs" })).id;
});

async function person(eventId: string, status: "registered" | "invited" | "declined" | "waitlisted") {
  const c = await insertContact(db, { networkId });
  const p = await insertParticipation(db, { networkId, eventId, contactId: c.id, status });
  return { ...p, email: c.email! };
}
const mailsTo = (emails: string[]) =>
  db.select().from(outboxMessages).where(inArray(outboxMessages.to, emails));

describe("reminders", () => {
  it("reminds registered people once, within the event's delay, even when runs overlap", async () => {
    const now = new Date("2027-03-10T08:00:00Z");
    // Starts in 47 h: inside the default 2-day delay.
    const soon = await insertEvent(db, {
      networkId,
      startsAt: new Date(now.getTime() + 47 * HOUR),
      title: "Réunion des ambassadeurs",
    });
    // Starts in 3 days: too early. A 1-hour delay event starting in 2 h: too early too.
    const later = await insertEvent(db, { networkId, startsAt: new Date(now.getTime() + 72 * HOUR) });
    const short = await insertEvent(db, {
      networkId,
      startsAt: new Date(now.getTime() + 2 * HOUR),
      reminderMinutesBefore: 60,
    });
    const cancelled = await insertEvent(db, {
      networkId,
      startsAt: new Date(now.getTime() + 5 * HOUR),
      status: "cancelled",
    });
    const yes = await Promise.all([1, 2, 3].map(() => person(soon.id, "registered")));
    const others = [
      await person(soon.id, "invited"),
      await person(soon.id, "declined"),
      await person(soon.id, "waitlisted"),
      await person(later.id, "registered"),
      await person(short.id, "registered"),
      await person(cancelled.id, "registered"),
    ];

    const runs = await Promise.all([sendDueReminders(db, mailer, now), sendDueReminders(db, mailer, now)]);
    expect(runs[0]!.sent + runs[1]!.sent).toBe(3);
    expect(await sendDueReminders(db, mailer, new Date(now.getTime() + 5 * 60_000))).toEqual({
      sent: 0,
      failed: 0,
    });
    const mails = await mailsTo(yes.map((p) => p.email));
    expect(mails).toHaveLength(3);
    expect(mails[0]!.subject).toBe("Rappel : Réunion des ambassadeurs – 12 mars 2027");
    expect(mails[0]!.text).toContain("Date : vendredi 12 mars 2027 de 08:00 à 10:00");
    expect(await mailsTo(others.map((p) => p.email))).toHaveLength(0);

    // One hour later the short-delay event is due.
    expect(await sendDueReminders(db, mailer, new Date(now.getTime() + HOUR + 60_000))).toMatchObject({
      sent: 1,
    });
  });

  it("gives a reminder back to the next run when its mail fails", async () => {
    const now = new Date("2027-04-10T08:00:00Z");
    const event = await insertEvent(db, { networkId, startsAt: new Date(now.getTime() + HOUR) });
    const p = await person(event.id, "registered");
    const failing: Mailer = { kind: "smtp", send: async () => Promise.reject(new Error("SMTP down")) };
    expect(await sendDueReminders(db, failing, now)).toEqual({ sent: 0, failed: 1 });
    const [row] = await db.select().from(participations).where(eq(participations.id, p.id));
    expect(row!.reminderSentAt).toBeNull();
    expect(await sendDueReminders(db, mailer, now)).toEqual({ sent: 1, failed: 0 });
  });
});

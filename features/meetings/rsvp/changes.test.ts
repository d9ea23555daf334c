import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { events, outboxMessages } from "@/db/schema";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, insertContact } from "@/test/factories/index";
import { insertEvent, insertParticipation } from "@/test/factories/meetings";
import { cancelEventAction, moveEventAction, restoreEventAction } from "../actions";

let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let other: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "changes-a" });
  other = await createNetworkWithRoles(db, { slug: "changes-b" });
});

const mailsTo = (email: string) => db.select().from(outboxMessages).where(eq(outboxMessages.to, email));

/** The calendar file attached to a mail, parsed by ical.js as a calendar client would. */
function calendarOf(mail: typeof outboxMessages.$inferSelect) {
  const file = mail.attachments.find((a) => a.filename.endsWith(".ics"))!;
  const root = new ICAL.Component(ICAL.parse(Buffer.from(file.contentBase64, "base64").toString("utf8")));
  const vevent = root.getFirstSubcomponent("vevent")!;
  return {
    method: root.getFirstPropertyValue("method"),
    status: vevent.getFirstPropertyValue("status"),
    sequence: Number(vevent.getFirstPropertyValue("sequence")),
    uid: vevent.getFirstPropertyValue("uid"),
    start: new ICAL.Event(vevent).startDate.toJSDate(),
  };
}

async function invitedPeople(eventId: string) {
  const coming = await insertContact(db, { networkId: net.network.id });
  const declined = await insertContact(db, { networkId: net.network.id });
  const silent = await insertContact(db, { networkId: net.network.id });
  const base = { networkId: net.network.id, eventId };
  await insertParticipation(db, { ...base, contactId: coming.id, status: "registered" });
  await insertParticipation(db, { ...base, contactId: declined.id, status: "declined" });
  await insertParticipation(db, { ...base, contactId: silent.id });
  return { coming, declined, silent };
}

describe("telling invitees that a meeting moved or was cancelled", () => {
  it("a cancellation mails a METHOD:CANCEL file with STATUS:CANCELLED and SEQUENCE one higher", async () => {
    const event = await insertEvent(db, { networkId: net.network.id, sequence: 3 });
    const people = await invitedPeople(event.id);
    const result = await runAction(cancelEventAction, {
      db,
      userId: net.coordinator.id,
      networkSlug: "changes-a",
      input: { id: event.id },
    });
    expect(result).toMatchObject({ ok: true });

    for (const person of [people.coming, people.silent]) {
      const [mail] = await mailsTo(person.email!);
      expect(mail!.subject).toMatch(/^Réunion annulée : Conseil d'acteurs/);
      expect(mail!.text).toContain("annule la réunion");
      const ics = calendarOf(mail!);
      expect(ics).toMatchObject({
        method: "CANCEL",
        status: "CANCELLED",
        sequence: 4,
        uid: `${event.id}@relais`,
      });
    }
    // Who already said no is not bothered.
    expect(await mailsTo(people.declined.email!)).toHaveLength(0);
    const [row] = await db.select().from(events).where(eq(events.id, event.id));
    expect(row).toMatchObject({ status: "cancelled", sequence: 4 });
  });

  it("moving mails the new date with a REQUEST one SEQUENCE higher each time; restoring too", async () => {
    const event = await insertEvent(db, { networkId: net.network.id });
    const { coming } = await invitedPeople(event.id);
    const move = (startsAt: string, endsAt: string) =>
      runAction(moveEventAction, {
        db,
        userId: net.coordinator.id,
        networkSlug: "changes-a",
        input: { id: event.id, startsAt, endsAt },
      });
    expect(await move("2027-03-04T18:00", "2027-03-04T20:00")).toMatchObject({ ok: true });
    expect(await move("2027-03-11T18:00", "2027-03-11T20:00")).toMatchObject({ ok: true });
    await runAction(cancelEventAction, {
      db,
      userId: net.coordinator.id,
      networkSlug: "changes-a",
      input: { id: event.id },
    });
    await runAction(restoreEventAction, {
      db,
      userId: net.coordinator.id,
      networkSlug: "changes-a",
      input: { id: event.id },
    });

    const mails = (await mailsTo(coming.email!)).sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
    );
    expect(mails.map((m) => calendarOf(m)).map((c) => [c.method, c.status, c.sequence])).toEqual([
      ["REQUEST", "CONFIRMED", 1],
      ["REQUEST", "CONFIRMED", 2],
      ["CANCEL", "CANCELLED", 3],
      ["REQUEST", "CONFIRMED", 4],
    ]);
    expect(mails[0]!.subject).toMatch(/^Réunion déplacée : .* 4 mars 2027/);
    expect(calendarOf(mails[1]!).start.toISOString()).toBe("2027-03-11T17:00:00.000Z");
    expect(mails[3]!.subject).toMatch(/^Réunion maintenue/);
  });

  it("a held meeting cannot be cancelled; another network's meeting is not found", async () => {
    const held = await insertEvent(db, { networkId: net.network.id, status: "held" });
    const onHeld = await runAction(cancelEventAction, {
      db,
      userId: net.coordinator.id,
      networkSlug: "changes-a",
      input: { id: held.id },
    });
    expect(onHeld).toMatchObject({ ok: false, code: "not_found" });
    const event = await insertEvent(db, { networkId: net.network.id });
    const foreign = await runAction(cancelEventAction, {
      db,
      userId: other.coordinator.id,
      networkSlug: "changes-b",
      input: { id: event.id },
    });
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    const [row] = await db.select().from(events).where(eq(events.id, event.id));
    expect(row).toMatchObject({ status: "planned", sequence: 0 });
  });
});

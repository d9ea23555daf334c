import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { contacts, participations, signatures } from "@/db/schema";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, createOrganisation } from "@/test/factories/index";
import { addWalkInAction, addWalkInNewContactAction, checkInAction, signAction } from "./actions";
import { halfDaysOf } from "@/lib/domain/paris-time";
import { clockTime } from "@/lib/i18n/format-day";
import { listAttendance } from "./queries";
import { insertContact } from "@/test/factories/index";
import {
  insertEventToday as insertEvent,
  insertParticipant,
  parisInstant,
  parisToday,
} from "@/test/factories/meetings";

let a: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let b: Awaited<ReturnType<typeof createNetworkWithRoles>>;
const as = (who: { id: string }, slug = "att-a") => ({ db, userId: who.id, networkSlug: slug });
const stroke = "M10 10 L50 40 L90 20 L130 60";

beforeAll(async () => {
  a = await createNetworkWithRoles(db, { slug: "att-a" });
  b = await createNetworkWithRoles(db, { slug: "att-b" });
});

async function participationRow(id: string) {
  const [row] = await db.select().from(participations).where(eq(participations.id, id));
  return row!;
}

describe("check-in", () => {
  it("marks present, refuses a second check-in with its time, and allows a correction to absent", async () => {
    const event = await insertEvent(db, { networkId: a.network.id });
    const { participation } = await insertParticipant(db, { networkId: a.network.id, eventId: event.id });
    const input = { eventId: event.id, participationId: participation.id, status: "present" };
    const first = await runAction(checkInAction, { ...as(a.coordinator), input });
    expect(first).toMatchObject({ ok: true, data: { outcome: "updated", status: "present" } });
    const checkedInAt = (await participationRow(participation.id)).checkedInAt;
    expect(checkedInAt).toBeInstanceOf(Date);

    const again = await runAction(checkInAction, { ...as(a.ambassador), input });
    expect(again).toMatchObject({ ok: true, data: { outcome: "alreadyCheckedIn" } });
    expect(again.ok && again.data.checkedInAt?.getTime()).toBe(checkedInAt!.getTime());
    expect((await participationRow(participation.id)).checkedInAt?.getTime()).toBe(checkedInAt!.getTime());
    expect(clockTime(new Date("2025-03-14T08:12:00Z"), "fr")).toBe("9 h 12");

    const corrected = await runAction(checkInAction, {
      ...as(a.coordinator),
      input: { ...input, status: "absent" },
    });
    expect(corrected.ok).toBe(true);
    const row = await participationRow(participation.id);
    expect(row.status).toBe("absent");
    expect(row.checkedInAt).toBeNull();
  });

  it("refuses a cancelled meeting and a meeting on a later day", async () => {
    const cancelled = await insertEvent(db, { networkId: a.network.id, status: "cancelled" });
    const p1 = await insertParticipant(db, { networkId: a.network.id, eventId: cancelled.id });
    const r1 = await runAction(checkInAction, {
      ...as(a.coordinator),
      input: { eventId: cancelled.id, participationId: p1.participation.id, status: "present" },
    });
    expect(r1).toMatchObject({ ok: false, code: "conflict", error: expect.stringContaining("annulée") });
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    const future = await insertEvent(db, {
      networkId: a.network.id,
      startsAt: inAWeek,
      endsAt: new Date(inAWeek.getTime() + 3_600_000),
    });
    const p2 = await insertParticipant(db, { networkId: a.network.id, eventId: future.id });
    const r2 = await runAction(checkInAction, {
      ...as(a.coordinator),
      input: { eventId: future.id, participationId: p2.participation.id, status: "present" },
    });
    expect(r2).toMatchObject({ ok: false, code: "conflict" });
    expect((await participationRow(p2.participation.id)).status).toBe("registered");
  });

  it("lets coordinators and ambassadors check in, not partners nor elected officials", async () => {
    const event = await insertEvent(db, { networkId: a.network.id });
    const { participation } = await insertParticipant(db, { networkId: a.network.id, eventId: event.id });
    const input = { eventId: event.id, participationId: participation.id, status: "late" };
    for (const who of [a.partner, a.elected]) {
      expect(await runAction(checkInAction, { ...as(who), input })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
      expect(
        await runAction(signAction, { ...as(who), input: { ...input, halfDay: "am", method: "paper" } }),
      ).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect((await participationRow(participation.id)).status).toBe("registered");
    expect(await runAction(checkInAction, { ...as(a.ambassador), input })).toMatchObject({ ok: true });
  });

  it("answers not found for another network's event, participation and contact", async () => {
    const eventB = await insertEvent(db, { networkId: b.network.id });
    const pB = await insertParticipant(db, { networkId: b.network.id, eventId: eventB.id });
    const eventA = await insertEvent(db, { networkId: a.network.id });
    for (const input of [
      { eventId: eventB.id, participationId: pB.participation.id, status: "present" },
      { eventId: eventA.id, participationId: pB.participation.id, status: "present" },
    ]) {
      expect(await runAction(checkInAction, { ...as(a.coordinator), input })).toMatchObject({
        ok: false,
        code: "not_found",
      });
    }
    expect(
      await runAction(signAction, {
        ...as(a.coordinator),
        input: { eventId: eventA.id, participationId: pB.participation.id, halfDay: "am", method: "paper" },
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(
      await runAction(addWalkInAction, {
        ...as(a.coordinator),
        input: { eventId: eventA.id, contactId: pB.contact.id },
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
    // Network B's slug is not A's coordinator's network at all.
    expect(
      await runAction(checkInAction, {
        ...as(a.coordinator, "att-b"),
        input: { eventId: eventB.id, participationId: pB.participation.id, status: "present" },
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect((await participationRow(pB.participation.id)).status).toBe("registered");
  });
});

describe("walk-ins", () => {
  it("adds an existing contact as a present walk-in with their organisation", async () => {
    const event = await insertEvent(db, { networkId: a.network.id });
    const org = await createOrganisation(db, { networkId: a.network.id, name: "Ressourcerie du Nord" });
    const contact = await insertContact(db, { networkId: a.network.id, organisationId: org.id });
    const result = await runAction(addWalkInAction, {
      ...as(a.coordinator),
      input: { eventId: event.id, contactId: contact.id },
    });
    expect(result).toMatchObject({ ok: true, data: { outcome: "updated", status: "present" } });
    const [row] = await db
      .select()
      .from(participations)
      .where(and(eq(participations.eventId, event.id), eq(participations.contactId, contact.id)));
    expect(row).toMatchObject({ walkIn: true, status: "present", organisationId: org.id });
    const again = await runAction(addWalkInAction, {
      ...as(a.coordinator),
      input: { eventId: event.id, contactId: contact.id },
    });
    expect(again).toMatchObject({ ok: true, data: { outcome: "alreadyCheckedIn" } });
    expect(await db.select().from(participations).where(eq(participations.eventId, event.id))).toHaveLength(
      1,
    );
  });

  it("checks in an invited contact found by search, without making them a walk-in", async () => {
    const event = await insertEvent(db, { networkId: a.network.id });
    const { contact, participation } = await insertParticipant(db, {
      networkId: a.network.id,
      eventId: event.id,
    });
    const result = await runAction(addWalkInAction, {
      ...as(a.coordinator),
      input: { eventId: event.id, contactId: contact.id },
    });
    expect(result.ok).toBe(true);
    expect(await participationRow(participation.id)).toMatchObject({ status: "present", walkIn: false });
  });

  it("creates a new contact and checks them in; a taken email changes nothing", async () => {
    const event = await insertEvent(db, { networkId: a.network.id });
    const result = await runAction(addWalkInNewContactAction, {
      ...as(a.ambassador),
      input: {
        eventId: event.id,
        firstName: "Noé",
        lastName: "Keller",
        organisationId: a.organisation.id,
        email: "Noe.Keller@Exemple.test",
      },
    });
    expect(result.ok).toBe(true);
    const [created] = await db.select().from(contacts).where(eq(contacts.email, "noe.keller@exemple.test"));
    expect(created).toMatchObject({
      firstName: "Noé",
      organisationId: a.organisation.id,
      networkId: a.network.id,
    });
    const rows = await listAttendance(db, { networkId: a.network.id, eventId: event.id });
    expect(rows).toMatchObject([
      { firstName: "Noé", walkIn: true, status: "present", organisationName: a.organisation.name },
    ]);

    const dup = await runAction(addWalkInNewContactAction, {
      ...as(a.coordinator),
      input: {
        eventId: event.id,
        firstName: "Autre",
        lastName: "Personne",
        email: "noe.keller@exemple.test",
      },
    });
    expect(dup).toMatchObject({ ok: false, code: "conflict", fieldErrors: { email: [expect.any(String)] } });
    expect(await listAttendance(db, { networkId: a.network.id, eventId: event.id })).toHaveLength(1);

    const bad = await runAction(addWalkInNewContactAction, {
      ...as(a.coordinator),
      input: { eventId: event.id, firstName: "", lastName: "X", organisationId: b.organisation.id },
    });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { firstName: [expect.any(String)] } });
  });
});

describe("signatures", () => {
  it("records one signature per half-day, checks the person in, and refuses a second one", async () => {
    const event = await insertEvent(db, { networkId: a.network.id });
    const { participation } = await insertParticipant(db, { networkId: a.network.id, eventId: event.id });
    const base = { eventId: event.id, participationId: participation.id };
    const signed = await runAction(signAction, {
      ...as(a.coordinator),
      input: { ...base, halfDay: "am", method: "on_screen", image: stroke },
    });
    expect(signed.ok).toBe(true);
    expect((await participationRow(participation.id)).status).toBe("present");
    const second = await runAction(signAction, {
      ...as(a.coordinator),
      input: { ...base, halfDay: "am", method: "on_screen", image: "M0 0 L9 9" },
    });
    expect(second).toMatchObject({
      ok: false,
      code: "conflict",
      error: expect.stringContaining("déjà signé"),
    });
    const paper = await runAction(signAction, {
      ...as(a.coordinator),
      input: { ...base, halfDay: "pm", method: "paper" },
    });
    expect(paper.ok).toBe(true);
    const rows = await db.select().from(signatures).where(eq(signatures.participationId, participation.id));
    expect(rows.map((r) => [r.halfDay, r.method, r.image]).sort()).toEqual([
      ["am", "on_screen", stroke],
      ["pm", "paper", null],
    ]);
  });

  it("requires a drawing for an on-screen signature and a half-day the meeting covers", async () => {
    const day = parisToday();
    const morning = await insertEvent(db, {
      networkId: a.network.id,
      startsAt: parisInstant(day, "09:00"),
      endsAt: parisInstant(day, "12:00"),
    });
    expect(halfDaysOf(morning.startsAt, morning.endsAt)).toEqual(["am"]);
    expect(halfDaysOf(parisInstant(day, "14:00"), parisInstant(day, "17:00"))).toEqual(["pm"]);
    const { participation } = await insertParticipant(db, { networkId: a.network.id, eventId: morning.id });
    const base = { eventId: morning.id, participationId: participation.id };
    for (const image of [undefined, "", "<script>alert(1)</script>", "M10 10"]) {
      const r = await runAction(signAction, {
        ...as(a.coordinator),
        input: { ...base, halfDay: "am", method: "on_screen", image },
      });
      expect(r).toMatchObject({
        ok: false,
        code: "invalid_input",
        fieldErrors: { image: [expect.any(String)] },
      });
    }
    const pm = await runAction(signAction, {
      ...as(a.coordinator),
      input: { ...base, halfDay: "pm", method: "paper" },
    });
    expect(pm).toMatchObject({ ok: false, code: "invalid_input" });
    expect(
      await db.select().from(signatures).where(eq(signatures.participationId, participation.id)),
    ).toEqual([]);
    expect((await participationRow(participation.id)).status).toBe("registered");
  });

  it("removes signatures when a person is corrected to absent", async () => {
    const event = await insertEvent(db, { networkId: a.network.id });
    const { participation } = await insertParticipant(db, { networkId: a.network.id, eventId: event.id });
    const base = { eventId: event.id, participationId: participation.id };
    await runAction(signAction, { ...as(a.coordinator), input: { ...base, halfDay: "am", method: "paper" } });
    await runAction(checkInAction, { ...as(a.coordinator), input: { ...base, status: "absent" } });
    expect(
      await db.select().from(signatures).where(eq(signatures.participationId, participation.id)),
    ).toEqual([]);
  });
});

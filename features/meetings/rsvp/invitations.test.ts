import ICAL from "ical.js";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { eventAgendaItems, outboxMessages, participations, segments } from "@/db/schema";
import { looseTranslator } from "@/lib/i18n/messages";
import { testDb as db } from "@/test/db";
import { runAction } from "@/test/actions";
import { createNetworkWithRoles, createOrganisation, insertContact } from "@/test/factories/index";
import { inviteAction } from "./actions";
import { inviteSummary } from "./summary";
import { insertEvent } from "@/test/factories/meetings";

let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let other: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "plp-invit", name: "PLP Mulhouse test" });
  other = await createNetworkWithRoles(db, { slug: "autre-invit" });
});

const invite = (input: Record<string, unknown>, userId = net.coordinator.id, slug = net.network.slug) =>
  runAction(inviteAction, { db, userId, networkSlug: slug, input });

const mailsTo = (to: string) => db.select().from(outboxMessages).where(eq(outboxMessages.to, to));
const participationsOf = (eventId: string) =>
  db.select().from(participations).where(eq(participations.eventId, eventId));
const frSummary = (r: Parameters<typeof inviteSummary>[1]) => {
  const t = looseTranslator("fr");
  return inviteSummary((key, values) => t(`rsvp.invitations.${key}`, values), r);
};

describe("invitations", () => {
  it("invites people picked one by one: one email each, French, Paris times, agenda, links and an .ics", async () => {
    // 18:00 in Paris on 4 November 2027, after the change to winter time (UTC+1).
    const event = await insertEvent(db, {
      networkId: net.network.id,
      startsAt: new Date("2027-11-04T17:00:00Z"),
      endsAt: new Date("2027-11-04T19:30:00Z"),
    });
    const speaker = await insertContact(db, {
      networkId: net.network.id,
      firstName: "Inès",
      lastName: "Kahn",
    });
    await db.insert(eventAgendaItems).values({
      networkId: net.network.id,
      eventId: event.id,
      position: 1,
      title: "Bilan de la SERD",
      durationMinutes: 30,
      speakerContactId: speaker.id,
    });
    const a = await insertContact(db, {
      networkId: net.network.id,
      firstName: "Léa",
      organisationId: net.organisation.id,
    });
    const b = await insertContact(db, { networkId: net.network.id });
    const result = await invite({ eventId: event.id, contactIds: [a.id, b.id] });
    expect(result).toMatchObject({ ok: true, data: { invited: 2, noEmail: 0 } });

    const [mail] = await mailsTo(a.email!);
    expect(mail!.subject).toBe("Invitation : Conseil d'acteurs de printemps – 4 novembre 2027");
    expect(mail!.text).toContain("Bonjour Léa,");
    expect(mail!.text).toContain("Date : jeudi 4 novembre 2027 de 18:00 à 20:30");
    expect(mail!.text).toContain("Lieu : Salle du conseil, 2 rue Pierre et Marie Curie");
    expect(mail!.text).toContain("– Bilan de la SERD (30 min), avec Inès Kahn");
    const link = /http:\/\/localhost:3000\/rsvp\/([A-Za-z0-9_-]{43})\?answer=yes/.exec(mail!.text);
    expect(link).not.toBeNull();
    expect(mail!.text).toContain("Je suis excusé·e");
    // Only the token's hash is stored.
    const rows = await participationsOf(event.id);
    expect(rows.map((r) => r.status)).toEqual(["invited", "invited"]);
    expect(rows.some((r) => r.rsvpTokenHash === link![1])).toBe(false);
    expect(rows.find((r) => r.contactId === a.id)!.organisationId).toBe(net.organisation.id);

    expect(mail!.attachments).toHaveLength(1);
    const ics = Buffer.from(mail!.attachments[0]!.contentBase64, "base64").toString("utf8");
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
    const e = new ICAL.Event(vevent);
    expect(e.summary).toBe("Conseil d'acteurs de printemps");
    expect(e.startDate.toJSDate().toISOString()).toBe("2027-11-04T17:00:00.000Z");
  });

  it("counts and skips people without email, archived or erased, and never invites twice", async () => {
    const event = await insertEvent(db, { networkId: net.network.id });
    const ok = await insertContact(db, { networkId: net.network.id });
    const noEmail = await Promise.all(
      [1, 2, 3].map(() => insertContact(db, { networkId: net.network.id, email: null })),
    );
    const archived = await insertContact(db, { networkId: net.network.id, archivedAt: new Date() });
    const erased = await insertContact(db, { networkId: net.network.id, erasedAt: new Date(), email: null });
    const ids = [ok.id, ...noEmail.map((c) => c.id), archived.id, erased.id];
    const first = await invite({ eventId: event.id, contactIds: ids });
    expect(first).toEqual({
      ok: true,
      data: { invited: 1, alreadyInvited: 0, noEmail: 3, archived: 1, erased: 1, mailFailed: 0 },
    });
    expect(frSummary(first.ok ? first.data : (null as never))).toBe(
      "1 personne invitée. 3 personnes sans adresse électronique n'ont pas été invitées. " +
        "1 personne archivée n'a pas été invitée. 1 personne effacée (RGPD) n'a pas été invitée.",
    );
    const again = await invite({ eventId: event.id, contactIds: [ok.id] });
    expect(again).toMatchObject({ ok: true, data: { invited: 0, alreadyInvited: 1 } });
    expect(await participationsOf(event.id)).toHaveLength(1);
    expect(await mailsTo(ok.email!)).toHaveLength(1);
    expect(await mailsTo(archived.email!)).toHaveLength(0);
  });

  it("invites an organisation's active people", async () => {
    const event = await insertEvent(db, { networkId: net.network.id });
    const org = await createOrganisation(db, { networkId: net.network.id, name: "Ressourcerie du Nord" });
    const p1 = await insertContact(db, { networkId: net.network.id, organisationId: org.id });
    const p2 = await insertContact(db, { networkId: net.network.id, organisationId: org.id, email: null });
    await insertContact(db, { networkId: net.network.id, organisationId: org.id, archivedAt: new Date() });
    await insertContact(db, { networkId: net.network.id }); // not of the organisation
    const result = await invite({ eventId: event.id, organisationId: org.id });
    expect(result).toMatchObject({ ok: true, data: { invited: 1, noEmail: 1, archived: 0 } });
    const rows = await participationsOf(event.id);
    expect(rows.map((r) => r.contactId)).toEqual([p1.id]);
    void p2;
  });

  it("invites a saved segment of people, and a segment of organisations (their people)", async () => {
    const event = await insertEvent(db, { networkId: net.network.id });
    const relay1 = await insertContact(db, { networkId: net.network.id, isRelayActor: true });
    const relay2 = await insertContact(db, { networkId: net.network.id, isRelayActor: true });
    await insertContact(db, { networkId: net.network.id, isRelayActor: true, archivedAt: new Date() });
    const [relays] = await db
      .insert(segments)
      .values({
        networkId: net.network.id,
        name: "Acteurs relais",
        kind: "contacts",
        filters: { relay: "1" },
      })
      .returning();
    const r1 = await invite({ eventId: event.id, segmentId: relays!.id });
    expect(r1).toMatchObject({ ok: true, data: { invited: 2 } });
    expect((await participationsOf(event.id)).map((r) => r.contactId).sort()).toEqual(
      [relay1.id, relay2.id].sort(),
    );

    const school = await createOrganisation(db, {
      networkId: net.network.id,
      actorType: "school",
      name: "École Jules-Ferry",
    });
    const teacher = await insertContact(db, { networkId: net.network.id, organisationId: school.id });
    const [schools] = await db
      .insert(segments)
      .values({
        networkId: net.network.id,
        name: "Écoles",
        kind: "organisations",
        filters: { type: "school" },
      })
      .returning();
    const r2 = await invite({ eventId: event.id, segmentId: schools!.id });
    expect(r2).toMatchObject({ ok: true, data: { invited: 1 } });
    expect((await participationsOf(event.id)).map((r) => r.contactId)).toContain(teacher.id);
  });

  it("refuses a cancelled or started event, and an empty choice, changing nothing", async () => {
    const person = await insertContact(db, { networkId: net.network.id });
    const cancelled = await insertEvent(db, { networkId: net.network.id, status: "cancelled" });
    const past = await insertEvent(db, {
      networkId: net.network.id,
      startsAt: new Date(Date.now() - 3_600_000),
    });
    expect(await invite({ eventId: cancelled.id, contactIds: [person.id] })).toMatchObject({
      ok: false,
      code: "conflict",
      error: "Cette réunion a été annulée : il n'est plus possible d'y répondre.",
    });
    expect(await invite({ eventId: past.id, contactIds: [person.id] })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await invite({ eventId: past.id })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await participationsOf(cancelled.id)).toHaveLength(0);
    expect(await participationsOf(past.id)).toHaveLength(0);
  });

  it("lets coordinators and ambassadors (on the meetings they organise) invite, not partners or elected officials", async () => {
    // An ambassador invites only on a meeting they organise (features/meetings/organiser.ts).
    const event = await insertEvent(db, { networkId: net.network.id, createdById: net.ambassador.id });
    const person = await insertContact(db, { networkId: net.network.id });
    for (const role of ["partner", "elected"] as const) {
      expect(await invite({ eventId: event.id, contactIds: [person.id] }, net[role].id)).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await invite({ eventId: event.id, contactIds: [person.id] }, net.ambassador.id)).toMatchObject({
      ok: true,
    });
  });

  it("treats another network's event, person, organisation or segment as not found", async () => {
    const event = await insertEvent(db, { networkId: net.network.id });
    const mine = await insertContact(db, { networkId: other.network.id });
    const theirs = await insertContact(db, { networkId: net.network.id });
    const [theirSegment] = await db
      .insert(segments)
      .values({ networkId: net.network.id, name: "Tous", kind: "contacts", filters: {} })
      .returning();
    const otherEvent = await insertEvent(db, { networkId: other.network.id });
    const asOther = (input: Record<string, unknown>) =>
      invite(input, other.coordinator.id, other.network.slug);
    expect(await asOther({ eventId: event.id, contactIds: [mine.id] })).toMatchObject({ code: "not_found" });
    expect(await asOther({ eventId: otherEvent.id, contactIds: [theirs.id] })).toMatchObject({
      code: "not_found",
    });
    expect(await asOther({ eventId: otherEvent.id, organisationId: net.organisation.id })).toMatchObject({
      code: "not_found",
    });
    expect(await asOther({ eventId: otherEvent.id, segmentId: theirSegment!.id })).toMatchObject({
      code: "not_found",
    });
    // Not a member of the first network at all.
    expect(await invite({ eventId: event.id, contactIds: [theirs.id] }, other.coordinator.id)).toMatchObject({
      code: "not_found",
    });
    const rows = await db
      .select()
      .from(participations)
      .where(and(eq(participations.networkId, other.network.id)));
    expect(rows).toHaveLength(0);
    expect(await participationsOf(event.id)).toHaveLength(0);
  });
});

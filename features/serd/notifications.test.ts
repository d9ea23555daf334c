import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { communes, outboxMessages, serdEditions, serdNotifications } from "@/db/schema";
import { testDb as db } from "@/test/db";
import { runAction } from "@/test/actions";
import { addMember, createNetworkWithRoles, createUser } from "@/test/factories/index";
import { getMailer } from "@/server/mail/mailer";
import {
  createSerdAction,
  markSerdNotificationsAction,
  reviewSerdAction,
  setSerdNotificationMailAction,
  updateSerdAction,
} from "./actions";
import { countUnreadNotifications, listNotifications, sendDailyDigests } from "./notifications";

// Reviewers are told of every submission and resubmission: in the app, and by mail at once or in
// one digest a day.

const a = await createNetworkWithRoles(db);
const b = await createNetworkWithRoles(db);
// A second coordinator, who chooses the daily digest.
const second = await createUser(db, { name: "Coordinatrice bis" });
await addMember(db, { userId: second.id, networkId: a.network.id, role: "coordinator", organisationId: null });
const [commune] = await db
  .insert(communes)
  .values({ networkId: a.network.id, name: "Colmar", inseeCode: "68066" })
  .returning();
const [edition] = await db
  .insert(serdEditions)
  .values({
    networkId: a.network.id,
    year: 2098,
    startsOn: "2098-11-21",
    endsOn: "2098-11-29",
    registrationOpensOn: "2020-01-01",
    registrationClosesOn: "2098-11-14",
  })
  .returning();

const run = (user: { id: string }, action: unknown, input: unknown, slug = a.network.slug) =>
  runAction(action as never, { db, userId: user.id, networkSlug: slug, input });
const mailsTo = async (email: string) =>
  db.select().from(outboxMessages).where(eq(outboxMessages.to, email));

const content = {
  editionId: edition!.id,
  title: "Atelier réparation vélo",
  description: "Réparer",
  themes: ["reuse_repair"],
  format: "workshop",
  targetPublics: ["families"],
  freeEntry: true,
  nonProfit: true,
  occurrences: [
    { date: "2098-11-22", startTime: "10:00", endTime: "12:00", place: "Atelier", communeId: commune!.id, expectedParticipants: 20 },
  ],
};

describe("SERD submission notifications", () => {
  it("tells each reviewer in the app and by mail when a partner submits, not the partner", async () => {
    const created = await run(a.partner, createSerdAction, { ...content, intent: "submit" });
    expect(created.ok).toBe(true);
    const id = (created as { data: { id: string } }).data.id;
    const mine = await listNotifications(db, { networkId: a.network.id, userId: a.coordinator.id });
    expect(mine.map((n) => [n.actionId, n.kind, n.organisation, n.year])).toEqual([
      [id, "submitted", a.organisation.name, 2098],
    ]);
    expect(await countUnreadNotifications(db, { networkId: a.network.id, userId: a.coordinator.id })).toBe(1);
    const mails = await mailsTo(a.coordinator.email);
    expect(mails.map((m) => m.subject)).toContain(
      `SERD – nouvelle action soumise : « Atelier réparation vélo » (${a.network.name})`,
    );
    expect(mails.at(-1)!.text).toContain(`${a.organisation.name} a soumis l'action « Atelier réparation vélo »`);
    expect(mails.at(-1)!.text).toContain(`/n/${a.network.slug}/serd/actions/${id}`);
    // The partner, the ambassador and the elected official are no reviewers.
    for (const user of [a.partner, a.ambassador, a.elected])
      expect(await countUnreadNotifications(db, { networkId: a.network.id, userId: user.id })).toBe(0);
    // A draft tells nobody.
    const draft = await run(a.partner, createSerdAction, { ...content, title: "Brouillon" });
    expect(draft.ok).toBe(true);
    expect(await countUnreadNotifications(db, { networkId: a.network.id, userId: a.coordinator.id })).toBe(1);
  });

  it("says 'soumise à nouveau' after a change request, and a reviewer's own submission tells only the others", async () => {
    const created = await run(a.partner, createSerdAction, { ...content, title: "Troc", intent: "submit" });
    const { id } = (created as { data: { id: string } }).data;
    const asked = await run(a.coordinator, reviewSerdAction, {
      id,
      version: 1,
      decision: "request_changes",
      comment: "Précisez le lieu",
    });
    expect(asked.ok).toBe(true);
    const again = await run(a.partner, updateSerdAction, { ...content, title: "Troc", id, version: 2, intent: "submit" });
    expect(again.ok).toBe(true);
    const kinds = (await listNotifications(db, { networkId: a.network.id, userId: a.coordinator.id }))
      .filter((n) => n.actionId === id)
      .map((n) => n.kind);
    expect(kinds).toEqual(["resubmitted", "submitted"]);
    expect((await mailsTo(a.coordinator.email)).map((m) => m.subject)).toContain(
      `SERD – action soumise à nouveau : « Troc » (${a.network.name})`,
    );

    const own = await run(a.coordinator, createSerdAction, {
      ...content,
      title: "Action de la coordination",
      leadOrganisationId: a.organisation.id,
      intent: "submit",
    });
    const ownId = (own as { data: { id: string } }).data.id;
    const told = await db
      .select({ userId: serdNotifications.userId })
      .from(serdNotifications)
      .where(eq(serdNotifications.actionId, ownId));
    expect(told.map((r) => r.userId)).toEqual([second.id]);
  });

  it("sends one daily digest from 7 h, Paris time, once a day, to a reviewer who chose it", async () => {
    const chose = await run(second, setSerdNotificationMailAction, { mail: "daily" });
    expect(chose.ok).toBe(true);
    const before = (await mailsTo(second.email)).length;
    for (const title of ["Compost partagé", "Gratiferia"]) {
      const r = await run(a.partner, createSerdAction, { ...content, title, intent: "submit" });
      expect(r.ok).toBe(true);
    }
    // No mail at once for the daily reviewer; the other coordinator got theirs.
    expect((await mailsTo(second.email)).length).toBe(before);
    const mail = { mailer: getMailer(), appUrl: "https://relais.test" };
    // 6:30 in Paris (5:30 UTC in winter): too early.
    expect(await sendDailyDigests(db, mail, new Date("2098-12-02T05:30:00Z"))).toEqual({ sent: 0 });
    expect(await sendDailyDigests(db, mail, new Date("2098-12-02T07:00:00Z"))).toEqual({ sent: 1 });
    const digests = (await mailsTo(second.email)).slice(before);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe(`SERD – 2 soumissions depuis hier (${a.network.name})`);
    expect(digests[0]!.text).toContain("« Compost partagé »");
    expect(digests[0]!.text).toContain("« Gratiferia »");
    expect(digests[0]!.text).toContain(`https://relais.test/n/${a.network.slug}/serd/notifications`);
    // A second run the same day, even with a new submission, sends nothing; the next day does.
    await run(a.partner, createSerdAction, { ...content, title: "Repair café", intent: "submit" });
    const [again, concurrent] = await Promise.all([
      sendDailyDigests(db, mail, new Date("2098-12-02T15:00:00Z")),
      sendDailyDigests(db, mail, new Date("2098-12-02T15:00:00Z")),
    ]);
    expect(again.sent + concurrent.sent).toBe(0);
    const [next, nextConcurrent] = await Promise.all([
      sendDailyDigests(db, mail, new Date("2098-12-03T08:00:00Z")),
      sendDailyDigests(db, mail, new Date("2098-12-03T08:00:00Z")),
    ]);
    expect(next.sent + nextConcurrent.sent).toBe(1);
    const last = (await mailsTo(second.email)).at(-1)!;
    expect(last.subject).toBe(`SERD – 1 soumission depuis hier (${a.network.name})`);
    // The in-app list has every one of them.
    expect(await countUnreadNotifications(db, { networkId: a.network.id, userId: second.id })).toBeGreaterThanOrEqual(4);
  });

  it("marks the caller's own notifications read, one action's or all", async () => {
    const list = await listNotifications(db, { networkId: a.network.id, userId: a.coordinator.id });
    const one = list[0]!;
    const r = await run(a.coordinator, markSerdNotificationsAction, { actionId: one.actionId });
    expect(r.ok).toBe(true);
    const unread = await countUnreadNotifications(db, { networkId: a.network.id, userId: a.coordinator.id });
    expect(unread).toBe(list.filter((n) => !n.readAt && n.actionId !== one.actionId).length);
    const secondUnread = await countUnreadNotifications(db, { networkId: a.network.id, userId: second.id });
    const all = await run(a.coordinator, markSerdNotificationsAction, {});
    expect(all.ok && all.data).toEqual({ marked: unread });
    expect(await countUnreadNotifications(db, { networkId: a.network.id, userId: a.coordinator.id })).toBe(0);
    // The other reviewer's stay unread.
    expect(await countUnreadNotifications(db, { networkId: a.network.id, userId: second.id })).toBe(secondUnread);
  });

  it("refuses partners, ambassadors and elected officials, and another network's coordinator finds nothing", async () => {
    for (const user of [a.partner, a.ambassador, a.elected]) {
      const mark = await run(user, markSerdNotificationsAction, {});
      expect(mark.ok || mark.code).toBe("forbidden");
      const mode = await run(user, setSerdNotificationMailAction, { mail: "off" });
      expect(mode.ok || mode.code).toBe("forbidden");
    }
    const foreign = await run(b.coordinator, markSerdNotificationsAction, {}, a.network.slug);
    expect(foreign.ok || foreign.code).toBe("not_found");
    // Network b's coordinator was told nothing of network a's submissions.
    const rows = await db
      .select()
      .from(serdNotifications)
      .where(and(eq(serdNotifications.userId, b.coordinator.id), inArray(serdNotifications.networkId, [a.network.id])));
    expect(rows).toEqual([]);
    const bad = await run(a.coordinator, setSerdNotificationMailAction, { mail: "weekly" });
    expect(bad.ok || Object.keys(bad.fieldErrors ?? {})).toEqual(["mail"]);
  });
});

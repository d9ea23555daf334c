import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { invitations, mailQueue, outboxMessages, participations, serdActions } from "@/db/schema";
import { createInvitation } from "@/features/members/invitations";
import { inviteToEvent } from "@/features/meetings/rsvp/invitations";
import { sendDueReminders } from "@/features/meetings/rsvp/reminders";
import { reviewAction } from "@/features/serd/review";
import { serdActorOf } from "@/features/serd/access";
import { loadNetworkContext } from "@/server/access/context";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, insertContact } from "@/test/factories/index";
import { insertEvent, insertParticipant } from "@/test/factories/meetings";
import { insertAction, insertEdition } from "@/test/factories/serd-figures";
import { createMailer, type Mailer } from "./mailer";

// Mail that is never lost (docs/decisions/0023-mail-queue.md): a mail is written in the
// transaction of the change that causes it, so a rolled-back change leaves no mail and a
// committed one always has its mail. Both mailers: the queue (SMTP_URL set) and the outbox.

const from = "Relais <test@relais.test>";
// No `db` getter: nothing is delivered here, the test reads the queue.
const mailers: Record<string, Mailer> = {
  queue: createMailer({ smtpUrl: "smtp://127.0.0.1:9", from }),
  outbox: createMailer({ from }),
};
const appUrl = "http://relais.test";

let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "courriels" });
});

const mailsTo = (to: string) => db.select().from(mailQueue).where(eq(mailQueue.to, to));
const outboxTo = (to: string) => db.select().from(outboxMessages).where(eq(outboxMessages.to, to));

describe.each(Object.keys(mailers))("with the %s mailer", (kind) => {
  const mailer = mailers[kind]!;
  const invite = (tx: typeof db, email: string) =>
    createInvitation(tx, mailer, {
      networkId: net.network.id,
      email,
      role: "elected",
      organisationId: null,
      invitedById: net.coordinator.id,
      locale: "fr",
      appUrl,
    });

  it("a committed member invitation always has its mail, filed under the network", async () => {
    const email = `commit-${kind}@exemple.test`;
    await invite(db, email);
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ networkId: net.network.id, status: kind === "queue" ? "pending" : "sent" });
  });

  it("a rolled-back member invitation leaves no mail", async () => {
    const email = `rollback-${kind}@exemple.test`;
    await expect(
      db.transaction(async (tx) => {
        await invite(tx, email);
        throw new Error("the caller's transaction failed after the invitation");
      }),
    ).rejects.toThrow("caller");
    expect(await mailsTo(email)).toEqual([]);
    expect(await outboxTo(email)).toEqual([]);
    expect(await db.select().from(invitations).where(eq(invitations.email, email))).toEqual([]);
  });

  it("a meeting invitation queues one mail per new participant in its transaction, tagged with the meeting", async () => {
    const event = await insertEvent(db, { networkId: net.network.id });
    const people = [await insertContact(db, { networkId: net.network.id }), await insertContact(db, { networkId: net.network.id })];
    const input = { eventId: event.id, contactIds: people.map((p) => p.id), organisationId: null, segmentId: null };
    // Rolled back: neither participations nor mails.
    await expect(
      db.transaction(async (tx) => {
        await inviteToEvent(tx, mailer, { networkId: net.network.id, input, locale: "fr", appUrl });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db.select().from(participations).where(eq(participations.eventId, event.id))).toEqual([]);
    expect(await db.select().from(mailQueue).where(eq(mailQueue.eventId, event.id))).toEqual([]);
    // Committed: one mail each, in the meeting's log.
    const result = await inviteToEvent(db, mailer, { networkId: net.network.id, input, locale: "fr", appUrl });
    expect(result.invited).toBe(2);
    const mails = await db
      .select()
      .from(mailQueue)
      .where(and(eq(mailQueue.networkId, net.network.id), eq(mailQueue.eventId, event.id)));
    expect(mails.map((m) => m.to).sort()).toEqual(people.map((p) => p.email).sort());
  });
});

describe("a mail that cannot be written", () => {
  it("undoes the invitation: no invitation without its mail", async () => {
    const broken: Mailer = { kind: "smtp", send: async () => Promise.reject(new Error("queue unavailable")) };
    const email = "sans-courriel@exemple.test";
    await expect(
      createInvitation(db, broken, {
        networkId: net.network.id,
        email,
        role: "elected",
        organisationId: null,
        invitedById: net.coordinator.id,
        locale: "fr",
        appUrl,
      }),
    ).rejects.toThrow("queue unavailable");
    expect(await db.select().from(invitations).where(eq(invitations.email, email))).toEqual([]);
  });
});

describe("tags", () => {
  const mailer = mailers.queue!;

  it("files a reminder under its meeting", async () => {
    const now = new Date();
    const event = await insertEvent(db, { networkId: net.network.id, startsAt: new Date(now.getTime() + 3_600_000) });
    const { contact } = await insertParticipant(db, { networkId: net.network.id, eventId: event.id });
    await sendDueReminders(db, mailer, now);
    const [mail] = await mailsTo(contact.email!);
    expect(mail).toMatchObject({ networkId: net.network.id, eventId: event.id });
  });

  it("files a review mail under its SERD action", async () => {
    const edition = await insertEdition(db, { networkId: net.network.id, year: 2098 });
    const { action } = await insertAction(db, {
      networkId: net.network.id,
      editionId: edition.id,
      leadOrganisationId: net.organisation.id,
      status: "submitted",
      occurrences: [{ date: "2098-11-22" }],
    });
    await db.update(serdActions).set({ createdById: net.partner.id }).where(eq(serdActions.id, action.id));
    const ctx = await loadNetworkContext(db, { userId: net.coordinator.id, networkSlug: net.network.slug });
    await reviewAction(
      db,
      serdActorOf(ctx!),
      { id: action.id, version: action.version, decision: "reject", comment: "Hors sujet." },
      { mailer, appUrl, networkSlug: net.network.slug },
    );
    const [mail] = await mailsTo(net.partner.email);
    expect(mail).toMatchObject({ networkId: net.network.id, serdActionId: action.id });
  });
});

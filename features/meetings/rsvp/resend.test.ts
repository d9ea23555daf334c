import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outboxMessages } from "@/db/schema";
import { ActionError } from "@/lib/action-result";
import { createMailer } from "@/server/mail/mailer";
import { runAction } from "@/test/actions";
import { testDb as db } from "@/test/db";
import { createNetworkWithRoles, insertContact } from "@/test/factories/index";
import { resendInvitationsAction } from "./actions";
import { answerByToken } from "./answers";
import { resendPendingInvitations } from "./invitations";
import { insertEvent, insertParticipation } from "@/test/factories/meetings";

const mailer = createMailer({ from: "Relais <test@relais.test>" });
const appUrl = "http://relais.test";

let net: Awaited<ReturnType<typeof createNetworkWithRoles>>;
let other: Awaited<ReturnType<typeof createNetworkWithRoles>>;
beforeAll(async () => {
  net = await createNetworkWithRoles(db, { slug: "relance-a" });
  other = await createNetworkWithRoles(db, { slug: "relance-b" });
});

const mailsTo = (email: string) => db.select().from(outboxMessages).where(eq(outboxMessages.to, email));

describe("re-sending invitations to people without an answer", () => {
  it("mails only those who have not answered, each with a new link; the old link stops working", async () => {
    const event = await insertEvent(db, { networkId: net.network.id });
    const silent = await insertContact(db, { networkId: net.network.id });
    const answered = await insertContact(db, { networkId: net.network.id });
    const p1 = await insertParticipation(db, {
      networkId: net.network.id,
      eventId: event.id,
      contactId: silent.id,
    });
    const p2 = await insertParticipation(db, {
      networkId: net.network.id,
      eventId: event.id,
      contactId: answered.id,
    });
    await answerByToken(db, mailer, { token: p2.token, answer: "yes", message: null });

    const result = await resendPendingInvitations(db, mailer, {
      networkId: net.network.id,
      eventId: event.id,
      locale: "fr",
      appUrl,
    });
    expect(result).toEqual({ sent: 1, mailFailed: 0 });
    const [mail] = await mailsTo(silent.email!);
    expect(mail!.attachments.map((a) => a.filename)).toEqual(["invitation.ics"]);
    const newToken = /\/rsvp\/([A-Za-z0-9_-]+)/.exec(mail!.text)![1]!;
    expect(await mailsTo(answered.email!)).toHaveLength(0);

    const stale = await answerByToken(db, mailer, { token: p1.token, answer: "yes", message: null }).catch(
      (e: unknown) => e,
    );
    expect(stale).toBeInstanceOf(ActionError);
    await answerByToken(db, mailer, { token: newToken, answer: "excused", message: "En déplacement" });
  });

  it("is refused to partners and gives 'not found' for another network's meeting", async () => {
    const event = await insertEvent(db, { networkId: net.network.id });
    const asPartner = await runAction(resendInvitationsAction, {
      db,
      userId: net.partner.id,
      networkSlug: "relance-a",
      input: { eventId: event.id },
    });
    expect(asPartner).toMatchObject({ ok: false, code: "forbidden" });
    const foreign = await runAction(resendInvitationsAction, {
      db,
      userId: other.coordinator.id,
      networkSlug: "relance-b",
      input: { eventId: event.id },
    });
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
  });
});

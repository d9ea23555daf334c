import "server-only";
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { contacts, organisations, participations } from "@/db/schema";
import type { Db } from "@/db/types";
import { segmentContactsWhere } from "@/features/directory/queries";
import { calendarEventOf } from "@/features/meetings/calendar/event-ics";
import { ActionError } from "@/lib/action-result";
import { newToken } from "@/server/auth/tokens";
import { buildCalendar } from "@/server/calendar/ics";
import type { MailAttachment, Mailer } from "@/server/mail/mailer";
import { loadEventDetails, type EventDetails } from "./event-details";
import { invitationMail } from "./mails";
import type { InviteInput } from "./schemas";
import { assertOpen } from "./seats";
import type { InviteCounts } from "./summary";

export type InviteResult = InviteCounts;

type Candidate = {
  id: string;
  firstName: string;
  email: string | null;
  organisationId: string | null;
  archivedAt: Date | null;
  erasedAt: Date | null;
};

const candidateColumns = {
  id: contacts.id,
  firstName: contacts.firstName,
  email: contacts.email,
  organisationId: contacts.organisationId,
  archivedAt: contacts.archivedAt,
  erasedAt: contacts.erasedAt,
};

const active = and(isNull(contacts.archivedAt), isNull(contacts.erasedAt));

/** The people an invitation reaches: the picked ones, an organisation's active people, a segment's. */
async function resolveCandidates(
  db: Db,
  { networkId, input }: { networkId: string; input: InviteInput },
): Promise<Candidate[]> {
  const byId = new Map<string, Candidate>();
  const add = (rows: Candidate[]) => rows.forEach((r) => byId.set(r.id, r));
  const select = (where: SQL | undefined) => db.select(candidateColumns).from(contacts).where(where);

  if (input.contactIds.length) {
    const rows = await select(and(eq(contacts.networkId, networkId), inArray(contacts.id, input.contactIds)));
    // Someone of another network (or a forged id) is "not found", never silently skipped.
    if (rows.length !== input.contactIds.length) throw new ActionError("not_found");
    add(rows);
  }
  if (input.organisationId) {
    const [org] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(and(eq(organisations.id, input.organisationId), eq(organisations.networkId, networkId)));
    if (!org) throw new ActionError("not_found");
    add(await select(and(eq(contacts.networkId, networkId), eq(contacts.organisationId, org.id), active)));
  }
  if (input.segmentId) {
    const where = await segmentContactsWhere(db, { networkId, segmentId: input.segmentId });
    if (!where) throw new ActionError("not_found");
    add(await select(where));
  }
  return [...byId.values()];
}

/** The event's calendar file, attached to every invitation. */
function invitationAttachment(event: EventDetails): MailAttachment {
  return {
    filename: "invitation.ics",
    contentType: "text/calendar; charset=utf-8",
    content: buildCalendar({ name: event.networkName, events: [calendarEventOf(event, null)] }),
  };
}

/**
 * Invites people to an event: one participation each (a second invitation of the same person
 * changes nothing) with its personal answer token and one email each, queued in the same
 * transaction. Archived or erased
 * people and people without email are counted, not invited.
 */
export async function inviteToEvent(
  db: Db,
  mailer: Mailer,
  args: { networkId: string; input: InviteInput; locale: string; appUrl: string; now?: Date },
): Promise<InviteResult> {
  const now = args.now ?? new Date();
  const { networkId, input } = args;
  const event = await loadEventDetails(db, { networkId, eventId: input.eventId });
  if (!event) throw new ActionError("not_found");
  assertOpen(event, now, "conflict");

  const candidates = await resolveCandidates(db, { networkId, input });
  const result: InviteResult = {
    invited: 0,
    alreadyInvited: 0,
    noEmail: 0,
    archived: 0,
    erased: 0,
    mailFailed: 0,
  };
  const eligible: Candidate[] = [];
  for (const c of candidates) {
    if (c.erasedAt) result.erased++;
    else if (c.archivedAt) result.archived++;
    else if (!c.email) result.noEmail++;
    else eligible.push(c);
  }

  const tokens = new Map(eligible.map((c) => [c.id, newToken()]));
  const attachment = invitationAttachment(event);
  const byId = new Map(eligible.map((c) => [c.id, c]));
  const inserted = await db.transaction(async (tx) => {
    const out: { id: string; contactId: string }[] = [];
    for (let i = 0; i < eligible.length; i += 1000) {
      const chunk = eligible.slice(i, i + 1000);
      out.push(
        ...(await tx
          .insert(participations)
          .values(
            chunk.map((c) => ({
              networkId,
              eventId: event.id,
              contactId: c.id,
              organisationId: c.organisationId,
              status: "invited" as const,
              invitedAt: now,
              rsvpTokenHash: tokens.get(c.id)!.tokenHash,
            })),
          )
          .onConflictDoNothing({ target: [participations.eventId, participations.contactId] })
          .returning({ id: participations.id, contactId: participations.contactId })),
      );
    }
    // Queued in the same transaction (server/mail): no invitation without its mail, no mail for
    // an invitation that was rolled back.
    for (const row of out) {
      const c = byId.get(row.contactId)!;
      await mailer.send(tx, {
        ...invitationMail({
          locale: args.locale,
          to: c.email!,
          firstName: c.firstName,
          event,
          rsvpUrl: `${args.appUrl}/rsvp/${tokens.get(c.id)!.token}`,
          ics: attachment,
        }),
        // The meeting's mailing log.
        context: { networkId: event.networkId, eventId: event.id },
      });
    }
    return out;
  });
  result.invited = inserted.length;
  result.alreadyInvited = eligible.length - inserted.length;
  return result;
}

/** For the invitation page: who may still be picked (active people with an email). */
export const invitableWhere = (networkId: string) =>
  and(eq(contacts.networkId, networkId), active, sql`${contacts.email} is not null`);

/**
 * Sends the invitation again to everyone who has not answered yet ("relance"): each gets a new
 * personal link (the old one stops working) and the .ics. Also reaches people whose first email
 * failed. Tokens are replaced and mails queued in one transaction.
 */
export async function resendPendingInvitations(
  db: Db,
  mailer: Mailer,
  args: { networkId: string; eventId: string; locale: string; appUrl: string; now?: Date },
): Promise<{ sent: number; mailFailed: number }> {
  const now = args.now ?? new Date();
  const event = await loadEventDetails(db, { networkId: args.networkId, eventId: args.eventId });
  if (!event) throw new ActionError("not_found");
  assertOpen(event, now, "conflict");
  const pending = await db
    .select({ id: participations.id, email: contacts.email, firstName: contacts.firstName })
    .from(participations)
    .innerJoin(contacts, eq(contacts.id, participations.contactId))
    .where(
      and(
        eq(participations.networkId, args.networkId),
        eq(participations.eventId, event.id),
        eq(participations.status, "invited"),
        isNull(participations.answeredAt),
        isNull(contacts.erasedAt),
        isNull(contacts.archivedAt),
        sql`${contacts.email} is not null`,
      ),
    );
  const tokens = new Map(pending.map((p) => [p.id, newToken()]));
  const attachment = invitationAttachment(event);
  // Each new link and its mail in one transaction: no link without its mail.
  await db.transaction(async (tx) => {
    for (const p of pending) {
      await tx
        .update(participations)
        .set({ rsvpTokenHash: tokens.get(p.id)!.tokenHash, invitedAt: now })
        .where(and(eq(participations.id, p.id), eq(participations.networkId, args.networkId)));
      await mailer.send(tx, {
        ...invitationMail({
          locale: args.locale,
          to: p.email!,
          firstName: p.firstName,
          event,
          rsvpUrl: `${args.appUrl}/rsvp/${tokens.get(p.id)!.token}`,
          ics: attachment,
        }),
        // The meeting's mailing log.
        context: { networkId: event.networkId, eventId: event.id },
      });
    }
  });
  return { sent: pending.length, mailFailed: 0 };
}

import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { contacts, events, participations } from "@/db/schema";
import type { Db } from "@/db/types";
import { calendarEventOf } from "@/features/meetings/calendar/event-ics";
import { buildCalendar } from "@/server/calendar/ics";
import type { Mailer } from "@/server/mail/mailer";
import { loadEventDetails } from "./event-details";
import { changeMail, type EventChange } from "./mails";

// When a meeting is moved, cancelled, restored or its place changes, everyone who still expects
// it (invited without answer, registered, waiting) gets a mail with the calendar file replacing
// their copy: METHOD:CANCEL for a cancellation, METHOD:REQUEST otherwise, and a SEQUENCE one
// higher than the one they hold (RFC 5546), so that their calendar updates the same entry.

/** Who a change concerns: people who answered "no" or were excused are left alone. */
const concerned = ["invited", "registered", "waitlisted"] as const;

/** +1 on the event's calendar SEQUENCE, in the caller's transaction. */
export async function bumpSequence(tx: Db, { networkId, eventId }: { networkId: string; eventId: string }) {
  await tx
    .update(events)
    .set({ sequence: sql`${events.sequence} + 1` })
    .where(and(eq(events.id, eventId), eq(events.networkId, networkId)));
}

/**
 * Mails every concerned invitee about the change, with the updated calendar file. Runs in the
 * transaction of the change (pass the transaction as `db`), so the mails are queued with it.
 */
export async function notifyEventChange(
  db: Db,
  mailer: Mailer,
  args: { networkId: string; eventId: string; change: EventChange; locale: string },
): Promise<number> {
  const event = await loadEventDetails(db, args);
  if (!event) return 0;
  const people = await db
    .select({ email: contacts.email, firstName: contacts.firstName })
    .from(participations)
    .innerJoin(contacts, eq(contacts.id, participations.contactId))
    .where(
      and(
        eq(participations.networkId, args.networkId),
        eq(participations.eventId, args.eventId),
        inArray(participations.status, [...concerned]),
        isNull(contacts.erasedAt),
        sql`${contacts.email} is not null`,
      ),
    );
  const ics = {
    filename: args.change === "cancelled" ? "annulation.ics" : "invitation.ics",
    contentType: `text/calendar; charset=utf-8; method=${args.change === "cancelled" ? "CANCEL" : "REQUEST"}`,
    content: buildCalendar({
      name: event.networkName,
      method: args.change === "cancelled" ? "CANCEL" : "REQUEST",
      events: [calendarEventOf(event, null)],
    }),
  };
  for (const p of people) {
    await mailer.send(db, {
      ...changeMail({ locale: args.locale, to: p.email!, firstName: p.firstName, event, change: args.change, ics }),
      context: { networkId: event.networkId, eventId: event.id },
    });
  }
  return people.length;
}

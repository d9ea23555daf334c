import { and, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import { contacts, events, participations } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Mailer } from "@/server/mail/mailer";
import { loadEventDetails, type EventDetails } from "./event-details";
import { reminderMail } from "./mails";

// No "server-only" marker: the in-app job reaches this module from instrumentation.

/**
 * Sends the reminder of every registered person whose event starts within its reminder delay.
 * Each reminder is first claimed by one conditional UPDATE … RETURNING, so that several app
 * instances (or the cron command next to them) never send the same one twice; it is mailed
 * after the claim, and released for the next run if the mail could not be sent.
 */
export async function sendDueReminders(
  db: Db,
  mailer: Mailer,
  now: Date = new Date(),
  { locale = "fr" }: { locale?: string } = {},
): Promise<{ sent: number; failed: number }> {
  const claimed = await db
    .update(participations)
    .set({ reminderSentAt: now })
    .from(events)
    .where(
      and(
        eq(events.id, participations.eventId),
        eq(events.networkId, participations.networkId),
        eq(participations.status, "registered"),
        isNull(participations.reminderSentAt),
        eq(events.status, "planned"),
        gt(events.startsAt, now),
        lte(
          events.startsAt,
          sql`${now.toISOString()}::timestamptz + ${events.reminderMinutesBefore} * interval '1 minute'`,
        ),
      ),
    )
    .returning({
      id: participations.id,
      networkId: participations.networkId,
      eventId: participations.eventId,
      contactId: participations.contactId,
    });
  if (claimed.length === 0) return { sent: 0, failed: 0 };

  const people = await db
    .select({ id: contacts.id, email: contacts.email, firstName: contacts.firstName })
    .from(contacts)
    .where(inArray(contacts.id, [...new Set(claimed.map((c) => c.contactId))]));
  const personOf = new Map(people.map((p) => [p.id, p]));
  const eventCache = new Map<string, EventDetails | null>();
  let sent = 0;
  let failed = 0;
  for (const c of claimed) {
    const person = personOf.get(c.contactId);
    if (!person?.email) continue;
    if (!eventCache.has(c.eventId)) eventCache.set(c.eventId, await loadEventDetails(db, c));
    const event = eventCache.get(c.eventId);
    if (!event) continue;
    try {
      await mailer.send(db, {
        ...reminderMail({ locale, to: person.email, firstName: person.firstName, event }),
        context: { networkId: c.networkId, eventId: c.eventId },
      });
      sent++;
    } catch (error) {
      console.error("[rsvp] reminder mail failed", error);
      failed++;
      // Give it back to the next run, unless another run already did something with it.
      await db
        .update(participations)
        .set({ reminderSentAt: null })
        .where(and(eq(participations.id, c.id), eq(participations.reminderSentAt, now)));
    }
  }
  return { sent, failed };
}

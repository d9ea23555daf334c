import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { organisations, toolItems, toolLoans, toolReservations, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { parisToday } from "@/lib/domain/paris-time";
import { translator } from "@/lib/i18n/messages";
import type { Mailer } from "@/server/mail/mailer";
import { renderMail } from "@/server/mail/render";

// No "server-only" marker: the in-app job reaches this module from instrumentation.

/**
 * Reminds the borrower of each kit still out: the day before it is due, on the due day, then
 * every week. Each reminder is claimed by one conditional UPDATE … RETURNING that moves the
 * loan's next reminder day forward, so two runners (or two app instances) send it once; a mail
 * that fails gives the claim back.
 */
export async function sendLoanReminders(
  db: Db,
  mailer: Mailer,
  { today = parisToday(), locale = "fr" }: { today?: string; locale?: string } = {},
): Promise<{ sent: number; failed: number }> {
  const claimed = await db
    .update(toolLoans)
    .set({
      nextReminderOn: sql`case when ${today}::date < ${toolLoans.dueOn} then ${toolLoans.dueOn} else ${today}::date + 7 end`,
      remindersSent: sql`${toolLoans.remindersSent} + 1`,
    })
    .where(and(isNull(toolLoans.returnedOn), lte(toolLoans.nextReminderOn, today)))
    .returning({
      id: toolLoans.id,
      networkId: toolLoans.networkId,
      reservationId: toolLoans.reservationId,
      dueOn: toolLoans.dueOn,
      previous: sql<string>`${toolLoans.nextReminderOn}`,
    });
  if (claimed.length === 0) return { sent: 0, failed: 0 };
  const details = await db
    .select({
      reservationId: toolReservations.id,
      email: users.email,
      itemName: toolItems.name,
      ownerName: organisations.name,
    })
    .from(toolReservations)
    .innerJoin(users, eq(users.id, toolReservations.requestedById))
    .innerJoin(toolItems, eq(toolItems.id, toolReservations.itemId))
    .innerJoin(
      organisations,
      and(eq(organisations.id, toolItems.ownerOrganisationId), eq(organisations.networkId, toolItems.networkId)),
    )
    .where(inArray(toolReservations.id, claimed.map((c) => c.reservationId)));
  const of = new Map(details.map((d) => [d.reservationId, d]));
  const t = translator(locale);
  let sent = 0;
  let failed = 0;
  for (const c of claimed) {
    const d = of.get(c.reservationId);
    if (!d?.email) continue;
    const date = t("tools.mail.date", { date: new Date(`${c.dueOn}T12:00:00Z`) });
    const overdue = today > c.dueOn;
    const values = { item: d.itemName, owner: d.ownerName, date };
    const body = renderMail({ paragraphs: [t(overdue ? "tools.mail.overdueBody" : "tools.mail.reminderBody", values)] });
    try {
      await mailer.send(db, {
        to: d.email,
        subject: t(overdue ? "tools.mail.overdueSubject" : "tools.mail.reminderSubject", values),
        ...body,
        context: { networkId: c.networkId, reservationId: c.reservationId },
      });
      sent++;
    } catch (error) {
      console.error("[tools] loan reminder failed", error);
      failed++;
      await db
        .update(toolLoans)
        .set({ nextReminderOn: c.previous, remindersSent: sql`${toolLoans.remindersSent} - 1` })
        .where(eq(toolLoans.id, c.id));
    }
  }
  return { sent, failed };
}

import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { participations } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Mailer } from "@/server/mail/mailer";
import { fillSeats, lockEvent, notifyPromoted } from "./seats";

// Withdraws a person's invitation to meetings that have not started (training: an enrolment was
// cancelled). The row goes, as if never invited; a seat it held goes to the first waiting person.

const withdrawable = ["invited", "registered", "waitlisted", "declined", "excused"] as const;

export async function withdrawInvitations(
  db: Db,
  mailer: Mailer,
  args: { networkId: string; eventIds: string[]; contactId: string; locale?: string; now?: Date },
): Promise<number> {
  const now = args.now ?? new Date();
  let withdrawn = 0;
  for (const eventId of args.eventIds) {
    const scope = { networkId: args.networkId, eventId };
    const promoted = await db.transaction(async (tx) => {
      const event = await lockEvent(tx, scope);
      if (event.status !== "planned" || event.startsAt <= now) return [];
      const gone = await tx
        .delete(participations)
        .where(
          and(
            eq(participations.networkId, args.networkId),
            eq(participations.eventId, eventId),
            eq(participations.contactId, args.contactId),
            inArray(participations.status, withdrawable),
          ),
        )
        .returning({ id: participations.id });
      withdrawn += gone.length;
      return gone.length ? fillSeats(tx, event) : [];
    });
    await notifyPromoted(db, mailer, { ...scope, participationIds: promoted, locale: args.locale });
  }
  return withdrawn;
}

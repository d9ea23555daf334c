import "server-only";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { contacts, events, participations } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import type { Mailer } from "@/server/mail/mailer";
import { loadEventDetails } from "./event-details";
import { promotionMail } from "./mails";
import type { Answer } from "./schemas";

// THE seat count and THE event lock. Every change of who holds a seat (answers, waiting-list
// promotion, a capacity edit) and every count that must hold until commit (attachments) runs in a
// transaction that first locks the event row (SELECT … FOR UPDATE): changes to one event are
// serialised, so the count of registered people never passes the capacity, however many answer
// at the same second.

export type LockedEvent = {
  id: string;
  networkId: string;
  capacity: number | null;
  startsAt: Date;
  status: string;
};

export async function lockEvent(
  tx: Db,
  { networkId, eventId }: { networkId: string; eventId: string },
): Promise<LockedEvent> {
  const [event] = await tx
    .select({
      id: events.id,
      networkId: events.networkId,
      capacity: events.capacity,
      startsAt: events.startsAt,
      status: events.status,
    })
    .from(events)
    .where(and(eq(events.id, eventId), eq(events.networkId, networkId)))
    .for("update");
  if (!event) throw new ActionError("not_found");
  return event;
}

/**
 * Answers and invitations are open while the event is planned and has not started. A late answer
 * is "expired" (its link is); a late invitation, a "conflict" with the event's state.
 */
export function assertOpen(
  event: Pick<LockedEvent, "status" | "startsAt">,
  now: Date,
  code: "expired" | "conflict" = "expired",
): void {
  if (event.status === "cancelled") throw new ActionError(code, "rsvp.errors.cancelled");
  if (event.status !== "planned" || event.startsAt <= now) throw new ActionError(code, "rsvp.errors.started");
}

/** Confirmed seats of an event (the caller holds the event lock when it must stay true until commit). */
export async function registeredCount(
  tx: Db,
  { networkId, eventId }: { networkId: string; eventId: string },
): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(participations)
    .where(
      and(
        eq(participations.networkId, networkId),
        eq(participations.eventId, eventId),
        eq(participations.status, "registered"),
      ),
    );
  return row?.n ?? 0;
}

/**
 * Gives free seats to the waiting list, first come first served. Runs in the caller's
 * transaction, which must hold the event lock. Returns the promoted participations.
 */
export async function fillSeats(tx: Db, event: LockedEvent): Promise<string[]> {
  const scope = { networkId: event.networkId, eventId: event.id };
  const free = event.capacity === null ? null : event.capacity - (await registeredCount(tx, scope));
  if (free !== null && free <= 0) return [];
  const waiting = tx
    .select({ id: participations.id })
    .from(participations)
    .where(
      and(
        eq(participations.networkId, event.networkId),
        eq(participations.eventId, event.id),
        eq(participations.status, "waitlisted"),
      ),
    )
    .orderBy(asc(participations.waitlistedAt), asc(participations.id));
  const first = await (free === null ? waiting : waiting.limit(free));
  if (first.length === 0) return [];
  const ids = first.map((r) => r.id);
  await tx
    .update(participations)
    .set({ status: "registered", waitlistedAt: null })
    .where(and(eq(participations.networkId, event.networkId), inArray(participations.id, ids)));
  return ids;
}

/**
 * After a capacity was raised (or removed): the first waiting people get the free seats and are
 * told by email. For the event editor to call once its change is committed.
 */
export async function promoteFromWaitlist(
  db: Db,
  mailer: Mailer,
  args: { networkId: string; eventId: string; locale?: string },
): Promise<string[]> {
  const promoted = await db.transaction(async (tx) => fillSeats(tx, await lockEvent(tx, args)));
  await notifyPromoted(db, mailer, { ...args, participationIds: promoted });
  return promoted;
}

/** "A seat is free: you are registered", to each promoted person. */
export async function notifyPromoted(
  db: Db,
  mailer: Mailer,
  args: { networkId: string; eventId: string; participationIds: string[]; locale?: string },
): Promise<void> {
  if (args.participationIds.length === 0) return;
  const event = await loadEventDetails(db, args);
  if (!event) return;
  const people = await db
    .select({ email: contacts.email, firstName: contacts.firstName })
    .from(participations)
    .innerJoin(contacts, eq(contacts.id, participations.contactId))
    .where(
      and(eq(participations.networkId, args.networkId), inArray(participations.id, args.participationIds)),
    );
  for (const p of people) {
    if (!p.email) continue;
    try {
      await mailer.send(db, {
        ...promotionMail({ locale: args.locale ?? "fr", to: p.email, firstName: p.firstName, event }),
        context: { networkId: args.networkId, eventId: event.id },
      });
    } catch (error) {
      // The seat is given either way; the person also sees it on their answer page.
      console.error("[rsvp] promotion mail failed", error);
    }
  }
}

const answerable = new Set(["invited", "registered", "waitlisted", "declined", "excused"]);

/**
 * Records an answer in the caller's transaction, which holds the event lock. "Yes" joins the
 * waiting list and then takes a seat if one is free and nobody waits ahead; leaving a seat gives
 * it to the first waiting person. Returns the new status and who was promoted.
 */
export async function applyAnswer(
  tx: Db,
  event: LockedEvent,
  args: {
    participationId: string;
    answer: Answer;
    /** Undefined keeps the message already given (an answer from a mail link carries none). */
    message: string | null | undefined;
    representedBy?: string | null;
    now: Date;
  },
): Promise<{ status: string; promoted: string[] }> {
  const where = and(
    eq(participations.id, args.participationId),
    eq(participations.networkId, event.networkId),
  );
  const [current] = await tx
    .select({ status: participations.status, waitlistedAt: participations.waitlistedAt })
    .from(participations)
    .where(where)
    .for("update");
  if (!current) throw new ActionError("not_found");
  if (!answerable.has(current.status)) throw new ActionError("expired", "rsvp.errors.started");
  const base = {
    answeredAt: args.now,
    ...(args.message === undefined ? {} : { answerMessage: args.message }),
    // Only an excused member is represented; another answer clears it.
    ...(args.answer !== "excused"
      ? { representedBy: null }
      : args.representedBy === undefined
        ? {}
        : { representedBy: args.representedBy }),
  };
  if (args.answer === "yes") {
    if (current.status === "registered" || current.status === "waitlisted") {
      await tx.update(participations).set(base).where(where);
      return { status: current.status, promoted: [] };
    }
    await tx
      .update(participations)
      .set({ ...base, status: "waitlisted", waitlistedAt: args.now })
      .where(where);
    const promoted = await fillSeats(tx, event);
    const self = promoted.includes(args.participationId);
    return {
      status: self ? "registered" : "waitlisted",
      promoted: promoted.filter((id) => id !== args.participationId),
    };
  }
  const status = args.answer === "no" ? "declined" : "excused";
  await tx
    .update(participations)
    .set({ ...base, status, waitlistedAt: null })
    .where(where);
  const promoted = current.status === "registered" ? await fillSeats(tx, event) : [];
  return { status, promoted };
}

import "server-only";
import { and, count, eq, isNull, lt, or } from "drizzle-orm";
import { contacts, participations, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { ActionError } from "@/lib/action-result";
import { hashToken } from "@/server/auth/tokens";
import type { Mailer } from "@/server/mail/mailer";
import { loadEventDetails, type EventDetails } from "./event-details";
import type { Answer } from "./schemas";
import { applyAnswer, assertOpen, lockEvent, notifyPromoted } from "./seats";

type AnswerArgs = {
  answer: Answer;
  message: string | null | undefined;
  representedBy?: string | null;
  now?: Date;
};

/**
 * A second, different answer from a mail link this soon after the last one is what a link
 * scanner running the page does when it opens every link of the mail: ask for one press instead
 * (decision 0026).
 */
export const linkAnswerQuietMs = 120_000;

async function answerParticipation(
  db: Db,
  mailer: Mailer,
  p: { id: string; networkId: string; eventId: string },
  args: AnswerArgs,
) {
  const now = args.now ?? new Date();
  const result = await db.transaction(async (tx) => {
    const event = await lockEvent(tx, { networkId: p.networkId, eventId: p.eventId });
    assertOpen(event, now);
    return applyAnswer(tx, event, {
      participationId: p.id,
      answer: args.answer,
      message: args.message,
      representedBy: args.representedBy,
      now,
    });
  });
  await notifyPromoted(db, mailer, {
    networkId: p.networkId,
    eventId: p.eventId,
    participationIds: result.promoted,
  });
  return { status: result.status };
}

async function participationByToken(db: Db, token: string) {
  const [p] = await db
    .select({
      id: participations.id,
      networkId: participations.networkId,
      eventId: participations.eventId,
      status: participations.status,
      answeredAt: participations.answeredAt,
    })
    .from(participations)
    .where(eq(participations.rsvpTokenHash, hashToken(token)));
  return p ?? null;
}

/** The answer sent through a personal link: a forged link is "not found", a started or cancelled event "expired". */
export async function answerByToken(
  db: Db,
  mailer: Mailer,
  args: AnswerArgs & { token: string; via?: "form" | "link" },
) {
  const p = await participationByToken(db, args.token);
  if (!p) throw new ActionError("not_found", "rsvp.errors.invalidLink");
  if (args.via === "link") {
    const now = args.now ?? new Date();
    const changed = answerOfStatus(p.status) !== args.answer;
    if (changed && p.answeredAt && now.getTime() - p.answeredAt.getTime() < linkAnswerQuietMs)
      throw new ActionError("conflict", "rsvp.answer.confirmNeeded");
    // A link carries no message and no representative: keep what the person wrote before.
    return answerParticipation(db, mailer, p, { ...args, message: undefined, representedBy: undefined });
  }
  return answerParticipation(db, mailer, p, args);
}

/** The answer a status stands for ("registered" and "waitlisted" both said yes). */
export function answerOfStatus(status: string): Answer | null {
  if (status === "registered" || status === "waitlisted") return "yes";
  if (status === "declined") return "no";
  if (status === "excused") return "excused";
  return null;
}

/** The directory person of a signed-in member: the contact of the network with their email. */
export async function memberContactId(db: Db, { networkId, userId }: { networkId: string; userId: string }) {
  const [row] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .innerJoin(users, eq(users.email, contacts.email))
    .where(and(eq(users.id, userId), eq(contacts.networkId, networkId), isNull(contacts.erasedAt)));
  return row?.id ?? null;
}

/** The participation as its answer page and the member's answer form see it. */
const answerColumns = {
  id: participations.id,
  networkId: participations.networkId,
  eventId: participations.eventId,
  status: participations.status,
  answeredAt: participations.answeredAt,
  answerMessage: participations.answerMessage,
  representedBy: participations.representedBy,
  waitlistedAt: participations.waitlistedAt,
};

async function memberParticipation(db: Db, args: { networkId: string; userId: string; eventId: string }) {
  const contactId = await memberContactId(db, args);
  if (!contactId) return null;
  const [p] = await db
    .select(answerColumns)
    .from(participations)
    .where(
      and(
        eq(participations.networkId, args.networkId),
        eq(participations.eventId, args.eventId),
        eq(participations.contactId, contactId),
      ),
    );
  return p ?? null;
}

/** A signed-in member's answer to their own invitation. */
export async function answerAsMember(
  db: Db,
  mailer: Mailer,
  args: AnswerArgs & { networkId: string; userId: string; eventId: string },
) {
  const p = await memberParticipation(db, args);
  if (!p) throw new ActionError("not_found");
  return answerParticipation(db, mailer, p, args);
}

/** 1 for the first waiting person. */
async function waitlistPosition(
  db: Db,
  p: { networkId: string; eventId: string; id: string; waitlistedAt: Date | null },
) {
  if (!p.waitlistedAt) return null;
  const [row] = await db
    .select({ n: count() })
    .from(participations)
    .where(
      and(
        eq(participations.networkId, p.networkId),
        eq(participations.eventId, p.eventId),
        eq(participations.status, "waitlisted"),
        or(
          lt(participations.waitlistedAt, p.waitlistedAt),
          and(eq(participations.waitlistedAt, p.waitlistedAt), lt(participations.id, p.id)),
        ),
      ),
    );
  return (row?.n ?? 0) + 1;
}

export type AnswerView = {
  event: EventDetails;
  firstName: string;
  status: string;
  answeredAt: Date | null;
  answerMessage: string | null;
  representedBy: string | null;
  waitlistPosition: number | null;
  open: boolean;
};

/** What the public answer page shows: this person's answer and the event, nobody else's data. */
export async function findAnswerByToken(db: Db, token: string, now = new Date()): Promise<AnswerView | null> {
  const [p] = await db
    .select({
      ...answerColumns,
      firstName: contacts.firstName,
    })
    .from(participations)
    .innerJoin(contacts, eq(contacts.id, participations.contactId))
    .where(eq(participations.rsvpTokenHash, hashToken(token)));
  if (!p) return null;
  return viewOf(db, p, p.firstName, now);
}

/** The signed-in member's invitation to an event, or null when they are not invited. */
export async function findMemberAnswer(
  db: Db,
  args: { networkId: string; userId: string; eventId: string; now?: Date },
): Promise<AnswerView | null> {
  const p = await memberParticipation(db, args);
  if (!p) return null;
  return viewOf(db, p, "", args.now ?? new Date());
}

async function viewOf(
  db: Db,
  p: {
    id: string;
    networkId: string;
    eventId: string;
    status: string;
    answeredAt: Date | null;
    answerMessage: string | null;
    representedBy: string | null;
    waitlistedAt: Date | null;
  },
  firstName: string,
  now: Date,
): Promise<AnswerView | null> {
  const event = await loadEventDetails(db, p);
  if (!event) return null;
  return {
    event,
    firstName,
    status: p.status,
    answeredAt: p.answeredAt,
    answerMessage: p.answerMessage,
    representedBy: p.representedBy,
    waitlistPosition: p.status === "waitlisted" ? await waitlistPosition(db, p) : null,
    open: event.status === "planned" && event.startsAt > now,
  };
}

import { randomUUID } from "node:crypto";
import { events, participations, type contacts } from "@/db/schema";
import type { Db } from "@/db/types";
import { parisInstant, parisToday } from "@/lib/domain/paris-time";
import { hashToken } from "@/server/auth/tokens";
import { insertContact } from "./index";

// Meetings and participations inserted directly (the meetings feature builds them through its own
// forms, tested in features/meetings), with the fields invitations, answers, check-in, the
// attendance sheet and the figures read.

const DAY = 86_400_000;

// Tests use the app's own Paris-time rules.
export { parisInstant, parisToday } from "@/lib/domain/paris-time";

/** A meeting to invite people to: two hours, ten days after `now` unless told otherwise. */
export async function insertEvent(
  db: Db,
  over: Partial<typeof events.$inferInsert> & { networkId: string; now?: Date },
) {
  const { now = new Date(), ...rest } = over;
  const startsAt = rest.startsAt ?? new Date(now.getTime() + 10 * DAY);
  const [row] = await db
    .insert(events)
    .values({
      eventType: "actors_council",
      title: "Conseil d'acteurs de printemps",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      place: "Salle du conseil",
      address: "2 rue Pierre et Marie Curie",
      ...rest,
    })
    .returning();
  return row!;
}

/** A meeting to check people in at: today, 9:00–17:00 Paris (both half-days), unless told otherwise. */
export async function insertEventToday(db: Db, over: Partial<typeof events.$inferInsert> & { networkId: string }) {
  const day = parisToday();
  return insertEvent(db, {
    startsAt: parisInstant(day, "09:00"),
    endsAt: parisInstant(day, "17:00"),
    place: "Salle des fêtes",
    address: "2 rue de l'Écluse",
    organiserName: "Service prévention des déchets",
    ...over,
  });
}

/** A participation with a known answer token, as an invitation would have made it. */
export async function insertParticipation(
  db: Db,
  over: Partial<typeof participations.$inferInsert> & {
    networkId: string;
    eventId: string;
    contactId: string;
  },
) {
  const token = `test-token-${randomUUID()}`;
  const [row] = await db
    .insert(participations)
    .values({ invitedAt: new Date(), rsvpTokenHash: hashToken(token), ...over })
    .returning();
  return { ...row!, token };
}

/** A contact and their registration to a meeting, with the contact's organisation at the time. */
export async function insertParticipant(
  db: Db,
  args: {
    networkId: string;
    eventId: string;
    contact?: Partial<typeof contacts.$inferInsert>;
    participation?: Partial<typeof participations.$inferInsert>;
  },
) {
  const contact = await insertContact(db, { networkId: args.networkId, ...args.contact });
  const [row] = await db
    .insert(participations)
    .values({
      networkId: args.networkId,
      eventId: args.eventId,
      contactId: contact.id,
      organisationId: contact.organisationId,
      status: "registered",
      invitedAt: new Date(),
      ...args.participation,
    })
    .returning();
  return { contact, participation: row! };
}

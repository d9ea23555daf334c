import { randomUUID } from "node:crypto";
import { contacts, events, participations } from "@/db/schema";
import type { Db } from "@/db/types";
import { hashToken } from "@/server/auth/tokens";

// Test data for invitations and answers: events and people inserted directly (the meetings
// feature builds events through its own forms).

const DAY = 86_400_000;

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

let n = 0;
export async function insertPerson(
  db: Db,
  over: Partial<typeof contacts.$inferInsert> & { networkId: string },
) {
  n += 1;
  const [row] = await db
    .insert(contacts)
    .values({
      firstName: `Camille${n}`,
      lastName: `Bernard${n}`,
      email: `camille.bernard${n}-${randomUUID().slice(0, 6)}@exemple.test`,
      ...over,
    })
    .returning();
  return row!;
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

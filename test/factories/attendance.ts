import { contacts, events, participations } from "@/db/schema";
import type { Db } from "@/db/types";
import { contactSearchText } from "@/features/directory/mutations";
import { parisDateKey, parisToUtc } from "@/lib/domain/paris-time";

// Test data for attendance: events and participations inserted directly (the meetings and RSVP
// features are built alongside), with the fields the check-in, sheet and figures read.

let n = 0;

/** The instant of a wall-clock time in Paris on a given day ("2025-03-14", "09:00"). */
export function parisInstant(day: string, time: string): Date {
  const [y = 1970, mo = 1, d = 1] = day.split("-").map(Number);
  const [h = 0, m = 0] = time.split(":").map(Number);
  return parisToUtc(y, mo, d, h, m);
}

export const parisToday = () => parisDateKey(new Date());

/** A meeting today (9:00–17:00 Paris, both half-days) unless told otherwise. */
export async function insertEvent(db: Db, over: Partial<typeof events.$inferInsert> & { networkId: string }) {
  const day = parisToday();
  const [row] = await db
    .insert(events)
    .values({
      eventType: "actors_council",
      title: "Conseil d'acteurs de printemps",
      startsAt: parisInstant(day, "09:00"),
      endsAt: parisInstant(day, "17:00"),
      place: "Salle des fêtes",
      address: "2 rue de l'Écluse",
      organiserName: "Service prévention des déchets",
      ...over,
    })
    .returning();
  return row!;
}

export async function insertContact(
  db: Db,
  over: Partial<typeof contacts.$inferInsert> & { networkId: string },
) {
  n += 1;
  const values = { firstName: `Léa${n}`, lastName: `Martin${n}`, email: `lea${n}@exemple.test`, ...over };
  const [row] = await db
    .insert(contacts)
    .values({
      ...values,
      searchText: contactSearchText({ jobTitle: null, ...values, email: values.email ?? null }),
    })
    .returning();
  return row!;
}

/** A contact and their participation in an event, with the contact's organisation at the time. */
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

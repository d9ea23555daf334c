import "server-only";
import { and, asc, eq, ilike, inArray, isNull, sql } from "drizzle-orm";
import {
  communes,
  contacts,
  eventAttachments,
  events,
  organisations,
  participations,
  signatures,
} from "@/db/schema";
import type { Db } from "@/db/types";
import { escapeLike, searchTerms } from "@/lib/domain/search";
import { whereAndWhenColumns } from "../rsvp/event-details";
import { participantColumns } from "../rsvp/queries";

type EventScope = { networkId: string; eventId: string };

/** What the attendance pages and the sheet need of an event; undefined when not in this network. */
export async function getAttendanceEvent(db: Db, { networkId, eventId }: EventScope) {
  const [row] = await db
    .select({ ...whereAndWhenColumns, organiserName: events.organiserName, minutes: events.minutes })
    .from(events)
    .leftJoin(communes, eq(communes.id, events.communeId))
    .where(and(eq(events.id, eventId), eq(events.networkId, networkId)));
  return row;
}
export type AttendanceEvent = NonNullable<Awaited<ReturnType<typeof getAttendanceEvent>>>;

export type SignatureRow = {
  halfDay: "am" | "pm";
  method: "on_screen" | "paper";
  signedAt: Date;
  image: string | null;
};

/** Everyone on the event's list, by name, with their organisation at the time and signatures. */
export async function listAttendance(db: Db, { networkId, eventId }: EventScope) {
  const rows = await db
    .select({
      ...participantColumns,
      checkedInAt: participations.checkedInAt,
      walkIn: participations.walkIn,
      representedBy: participations.representedBy,
    })
    .from(participations)
    .innerJoin(contacts, eq(contacts.id, participations.contactId))
    .leftJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(and(eq(participations.networkId, networkId), eq(participations.eventId, eventId)))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(participations.id));
  const ids = rows.map((r) => r.id);
  const signed = ids.length
    ? await db
        .select({
          participationId: signatures.participationId,
          halfDay: signatures.halfDay,
          method: signatures.method,
          signedAt: signatures.signedAt,
          image: signatures.image,
        })
        .from(signatures)
        .where(and(eq(signatures.networkId, networkId), inArray(signatures.participationId, ids)))
    : [];
  return rows.map((r) => ({
    ...r,
    signatures: signed.filter((s) => s.participationId === r.id).map(({ participationId: _p, ...s }) => s),
  }));
}
export type AttendanceRow = Awaited<ReturnType<typeof listAttendance>>[number];

/** Contacts of the network matching a search, for adding someone who came without invitation. */
export async function searchWalkInContacts(db: Db, { networkId, eventId, q }: EventScope & { q: string }) {
  const terms = searchTerms(q);
  if (terms.length === 0) return [];
  return db
    .select({
      id: contacts.id,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      organisationName: organisations.name,
      participationStatus: participations.status,
    })
    .from(contacts)
    .leftJoin(organisations, eq(organisations.id, contacts.organisationId))
    .leftJoin(
      participations,
      and(eq(participations.contactId, contacts.id), eq(participations.eventId, eventId)),
    )
    .where(
      and(
        eq(contacts.networkId, networkId),
        isNull(contacts.erasedAt),
        isNull(contacts.archivedAt),
        ...terms.map((w) => ilike(contacts.searchText, `%${escapeLike(w)}%`)),
      ),
    )
    .orderBy(asc(contacts.searchText))
    .limit(20);
}

export async function listAttachments(db: Db, { networkId, eventId }: EventScope) {
  return db
    .select({
      id: eventAttachments.id,
      fileName: eventAttachments.fileName,
      contentType: eventAttachments.contentType,
      size: eventAttachments.size,
      createdAt: eventAttachments.createdAt,
    })
    .from(eventAttachments)
    .where(and(eq(eventAttachments.networkId, networkId), eq(eventAttachments.eventId, eventId)))
    .orderBy(asc(eventAttachments.createdAt), asc(eventAttachments.fileName));
}

/** One attachment with its bytes; undefined when not this event's or this network's. */
export async function getAttachment(db: Db, { networkId, eventId, id }: EventScope & { id: string }) {
  const [row] = await db
    .select()
    .from(eventAttachments)
    .where(
      and(
        eq(eventAttachments.id, id),
        eq(eventAttachments.eventId, eventId),
        eq(eventAttachments.networkId, networkId),
      ),
    );
  return row;
}

/** Active organisations as choices for a walk-in's organisation. */
export async function listWalkInOrganisations(db: Db, { networkId }: { networkId: string }) {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.networkId, networkId), isNull(organisations.archivedAt)))
    .orderBy(asc(sql`lower(${organisations.name})`));
}

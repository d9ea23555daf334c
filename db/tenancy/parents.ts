import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/types";

// Fixtures of the tenancy tests: one parent row of each kind in a network, inserted directly in
// SQL (bypassing every query helper on purpose), and the error code of a refused statement.

export const FOREIGN_KEY_VIOLATION = "23503";
// What ON DELETE RESTRICT raises depends on the server: restrict_violation on PGlite (PostgreSQL 17),
// foreign_key_violation on the PostgreSQL 15 server.
export const RESTRICT_VIOLATIONS = ["23001", FOREIGN_KEY_VIOLATION];

/** The PostgreSQL error code of a failed statement (drizzle wraps the driver's error in `cause`). */
export async function errorCode(statement: Promise<unknown>): Promise<string | undefined> {
  try {
    await statement;
  } catch (error) {
    for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === "string") return code;
    }
    throw error;
  }
  return undefined;
}

export type Parents = {
  networkId: string;
  communeId: string;
  organisationId: string;
  contactId: string;
  seriesId: string;
  eventId: string;
  participationId: string;
  editionId: string;
  actionId: string;
  fileId: string;
  collectionId: string;
  resourceId: string;
  itemId: string;
  reservationId: string;
  recordedIndicatorId: string;
  cycleId: string;
  moduleId: string;
  trainerId: string;
};

/** One of each parent row in a network, inserted directly. */
export async function insertParents(db: Db, networkId: string): Promise<Parents> {
  const p: Parents = {
    networkId,
    communeId: randomUUID(),
    organisationId: randomUUID(),
    contactId: randomUUID(),
    seriesId: randomUUID(),
    eventId: randomUUID(),
    participationId: randomUUID(),
    editionId: randomUUID(),
    actionId: randomUUID(),
    fileId: randomUUID(),
    collectionId: randomUUID(),
    resourceId: randomUUID(),
    itemId: randomUUID(),
    reservationId: randomUUID(),
    recordedIndicatorId: randomUUID(),
    cycleId: randomUUID(),
    moduleId: randomUUID(),
    trainerId: randomUUID(),
  };
  const attendeeId = randomUUID();
  await db.execute(sql`insert into communes (id, network_id, name, insee_code)
    values (${p.communeId}, ${networkId}, 'Commune', ${randomUUID().slice(0, 5)})`);
  await db.execute(sql`insert into organisations (id, network_id, name, actor_type)
    values (${p.organisationId}, ${networkId}, 'Structure', 'env_association')`);
  await db.execute(sql`insert into contacts (id, network_id, first_name, last_name)
    values (${p.contactId}, ${networkId}, 'Camille', 'Contact'), (${attendeeId}, ${networkId}, 'Dominique', 'Présent')`);
  await db.execute(sql`insert into event_series (id, network_id, title, event_type, rule)
    values (${p.seriesId}, ${networkId}, 'Série', 'actors_council', '{"kind":"weekly","interval":1}'::jsonb)`);
  await db.execute(sql`insert into events (id, network_id, event_type, title, starts_at, ends_at)
    values (${p.eventId}, ${networkId}, 'actors_council', 'Réunion', '2026-12-08T09:00:00Z', '2026-12-08T11:00:00Z')`);
  await db.execute(sql`insert into participations (id, network_id, event_id, contact_id)
    values (${p.participationId}, ${networkId}, ${p.eventId}, ${attendeeId})`);
  await db.execute(sql`insert into serd_editions (id, network_id, year, starts_on, ends_on, registration_opens_on, registration_closes_on)
    values (${p.editionId}, ${networkId}, 2026, '2026-11-21', '2026-11-29', '2026-09-01', '2026-11-10')`);
  await db.execute(sql`insert into serd_actions (id, network_id, edition_id, title, lead_organisation_id)
    values (${p.actionId}, ${networkId}, ${p.editionId}, 'Action', ${p.organisationId})`);
  await db.execute(sql`insert into stored_files (id, network_id, content_type, size, sha256)
    values (${p.fileId}, ${networkId}, 'application/pdf', 1, 'x')`);
  await db.execute(
    sql`insert into tool_collections (id, network_id, name) values (${p.collectionId}, ${networkId}, 'Dossier')`,
  );
  await db.execute(sql`insert into tool_resources (id, network_id, kind, title)
    values (${p.resourceId}, ${networkId}, 'note', 'Ressource')`);
  await db.execute(sql`insert into tool_items (id, network_id, name, owner_organisation_id)
    values (${p.itemId}, ${networkId}, 'Jeu du tri', ${p.organisationId})`);
  await db.execute(sql`insert into tool_reservations (id, network_id, item_id, borrower_organisation_id, starts_on, ends_on)
    values (${p.reservationId}, ${networkId}, ${p.itemId}, ${p.organisationId}, '2026-12-01', '2026-12-03')`);
  await db.execute(sql`insert into recorded_indicators (id, network_id, name, unit)
    values (${p.recordedIndicatorId}, ${networkId}, 'Tonnes', 'tonnes')`);
  await db.execute(sql`insert into training_cycles (id, network_id, title, starts_on, ends_on)
    values (${p.cycleId}, ${networkId}, 'Formation', '2026-01-01', '2026-12-31')`);
  await db.execute(sql`insert into training_modules (id, network_id, cycle_id, position, theme, planned_hours)
    values (${p.moduleId}, ${networkId}, ${p.cycleId}, 0, 'Compostage', 3)`);
  await db.execute(sql`insert into training_trainers (id, network_id, cycle_id, name)
    values (${p.trainerId}, ${networkId}, ${p.cycleId}, 'Formatrice')`);
  return p;
}

/** A training-session event of network `net`, to link (its id is the session's key). */
export const newEvent = (
  net: string,
) => sql`insert into events (network_id, event_type, title, starts_at, ends_at)
  values (${net}, 'training_session', 'Séance', '2026-12-15T09:00:00Z', '2026-12-15T12:00:00Z') returning id`;

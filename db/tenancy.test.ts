import { randomUUID } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/test/db";
import { createNetwork, createUser } from "@/test/factories";
import { executeRows } from "./execute";

// The database itself must refuse a row whose parent belongs to another network, whatever the
// application code does: these inserts bypass every query helper on purpose.

const db = testDb;

const FOREIGN_KEY_VIOLATION = "23503";
// What ON DELETE RESTRICT raises depends on the server: restrict_violation on PGlite (PostgreSQL 17),
// foreign_key_violation on the PostgreSQL 15 server.
const RESTRICT_VIOLATIONS = ["23001", FOREIGN_KEY_VIOLATION];

/** The PostgreSQL error code of a failed statement (drizzle wraps the driver's error in `cause`). */
async function errorCode(statement: Promise<unknown>): Promise<string | undefined> {
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

type Parents = {
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
async function insertParents(networkId: string): Promise<Parents> {
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
const newEvent = (net: string) => sql`insert into events (network_id, event_type, title, starts_at, ends_at)
  values (${net}, 'training_session', 'Séance', '2026-12-15T09:00:00Z', '2026-12-15T12:00:00Z') returning id`;

let a: Parents;
let b: Parents;
let userId: string;

beforeAll(async () => {
  a = await insertParents((await createNetwork(db)).id);
  b = await insertParents((await createNetwork(db)).id);
  userId = (await createUser(db)).id;
});

/**
 * Each case inserts a child row into network `net` pointing at the parents `p`: with `p` of the
 * same network it must succeed, with `p` of another network the foreign key must refuse it.
 */
const cases: { table: string; insert: (net: string, p: Parents) => SQL }[] = [
  {
    table: "participations → events, contacts",
    insert: (net, p) =>
      sql`insert into participations (network_id, event_id, contact_id) values (${net}, ${p.eventId}, ${p.contactId})`,
  },
  {
    table: "participations → organisations",
    // A new contact, so that the (event, contact) pair is never already taken.
    insert: (net, p) => sql`with c as (
        insert into contacts (network_id, first_name, last_name) values (${net}, 'Sam', 'Nouveau') returning id)
      insert into participations (network_id, event_id, contact_id, organisation_id)
      select ${net}, ${a.eventId}, c.id, ${p.organisationId} from c`,
  },
  {
    table: "signatures → participations",
    insert: (net, p) => sql`insert into signatures (network_id, participation_id, half_day, method)
      values (${net}, ${p.participationId}, 'am', 'paper')`,
  },
  {
    table: "event_agenda_items → events",
    insert: (net, p) => sql`insert into event_agenda_items (network_id, event_id, position, title)
      values (${net}, ${p.eventId}, 1, 'Accueil')`,
  },
  {
    table: "event_agenda_items → contacts (speaker)",
    insert: (
      net,
      p,
    ) => sql`insert into event_agenda_items (network_id, event_id, position, title, speaker_contact_id)
      values (${net}, ${a.eventId}, 2, 'Exposé', ${p.contactId})`,
  },
  {
    table: "event_attachments → events",
    insert: (
      net,
      p,
    ) => sql`insert into event_attachments (network_id, event_id, file_name, content_type, size, content)
      values (${net}, ${p.eventId}, 'a.txt', 'text/plain', 1, '\\x41'::bytea)`,
  },
  {
    table: "events → event_series",
    insert: (net, p) => sql`insert into events (network_id, series_id, event_type, title, starts_at, ends_at)
      values (${net}, ${p.seriesId}, 'actors_council', 'Occurrence', '2026-12-15T09:00:00Z', '2026-12-15T11:00:00Z')`,
  },
  {
    table: "events → communes",
    insert: (net, p) => sql`insert into events (network_id, commune_id, event_type, title, starts_at, ends_at)
      values (${net}, ${p.communeId}, 'actors_council', 'Sur place', '2026-12-15T09:00:00Z', '2026-12-15T11:00:00Z')`,
  },
  {
    table: "calendar_feeds → contacts",
    insert: (net, p) => sql`insert into calendar_feeds (network_id, kind, contact_id, token_hash)
      values (${net}, 'contact', ${p.contactId}, ${randomUUID()})`,
  },
  {
    table: "serd_actions → serd_editions",
    insert: (net, p) => sql`insert into serd_actions (network_id, edition_id, title, lead_organisation_id)
      values (${net}, ${p.editionId}, 'Action', ${a.organisationId})`,
  },
  {
    table: "serd_actions → organisations (lead)",
    insert: (net, p) => sql`insert into serd_actions (network_id, edition_id, title, lead_organisation_id)
      values (${net}, ${a.editionId}, 'Action', ${p.organisationId})`,
  },
  {
    table: "serd_occurrences → serd_actions",
    insert: (net, p) =>
      sql`insert into serd_occurrences (network_id, action_id, date) values (${net}, ${p.actionId}, '2026-11-25')`,
  },
  {
    table: "serd_occurrences → communes",
    insert: (net, p) => sql`insert into serd_occurrences (network_id, action_id, date, commune_id)
      values (${net}, ${a.actionId}, '2026-11-26', ${p.communeId})`,
  },
  {
    table: "serd_action_coorganisers → serd_actions, organisations",
    insert: (net, p) => sql`insert into serd_action_coorganisers (network_id, action_id, organisation_id)
      values (${net}, ${p.actionId}, ${p.organisationId})`,
  },
  {
    table: "serd_action_history → serd_actions",
    insert: (net, p) =>
      sql`insert into serd_action_history (network_id, action_id, kind) values (${net}, ${p.actionId}, 'comment')`,
  },
  {
    table: "serd_notifications → serd_actions",
    // A reviewer who is a member of the notification's network, made in the same statement.
    insert: (net, p) => sql`with u as (
        insert into users (email, name) values (${`${randomUUID()}@example.test`}, 'Relectrice') returning id),
      m as (insert into memberships (user_id, network_id, role) select u.id, ${net}, 'coordinator' from u returning user_id)
      insert into serd_notifications (network_id, user_id, action_id, kind)
      select ${net}, m.user_id, ${p.actionId}, 'submitted' from m`,
  },
  {
    table: "serd_notifications, serd_notification_settings → memberships",
    // A member of the parents' network only, told in (or choosing mail for) another network.
    insert: (net, p) => sql`with u as (
        insert into users (email, name) values (${`${randomUUID()}@example.test`}, 'Relecteur') returning id),
      m as (insert into memberships (user_id, network_id, role) select u.id, ${p.networkId}, 'coordinator' from u returning user_id),
      n as (insert into serd_notifications (network_id, user_id, action_id, kind)
        select ${net}, m.user_id, ${a.actionId}, 'submitted' from m)
      insert into serd_notification_settings (network_id, user_id, mail) select ${net}, m.user_id, 'daily' from m`,
  },
  {
    table: "contributions → organisations, serd_editions",
    insert: (
      net,
      p,
    ) => sql`insert into contributions (network_id, organisation_id, edition_id, kind, amount_eur)
      values (${net}, ${p.organisationId}, ${p.editionId}, 'staff', 100)`,
  },
  {
    table: "contributions → serd_actions",
    insert: (
      net,
      p,
    ) => sql`insert into contributions (network_id, organisation_id, edition_id, action_id, kind, amount_eur)
      values (${net}, ${a.organisationId}, ${a.editionId}, ${p.actionId}, 'cash', 50)`,
  },
  {
    table: "recorded_values → recorded_indicators",
    insert: (net, p) => sql`insert into recorded_values (network_id, indicator_id, date, value)
      values (${net}, ${p.recordedIndicatorId}, '2026-01-01', 1)`,
  },
  {
    table: "objectives → recorded_indicators",
    insert: (
      net,
      p,
    ) => sql`insert into objectives (network_id, title, recorded_indicator_id, target, direction, period_start, period_end)
      values (${net}, 'Moins 10 %', ${p.recordedIndicatorId}, 90, 'at_most', '2026-01-01', '2026-12-31')`,
  },
  {
    table: "time_entries → events",
    insert: (
      net,
      p,
    ) => sql`insert into time_entries (network_id, staff_role, activity_kind, event_id, starts_on, ends_on, hours)
      values (${net}, 'project_officer', 'meeting', ${p.eventId}, '2026-12-01', '2026-12-01', 3)`,
  },
  {
    table: "time_entries → serd_editions",
    insert: (
      net,
      p,
    ) => sql`insert into time_entries (network_id, staff_role, activity_kind, edition_id, starts_on, ends_on, hours)
      values (${net}, 'intern', 'serd_edition', ${p.editionId}, '2026-11-01', '2026-11-01', 4)`,
  },
  {
    table: "time_entries → training_cycles",
    insert: (
      net,
      p,
    ) => sql`insert into time_entries (network_id, staff_role, activity_kind, training_cycle_id, starts_on, ends_on, hours)
      values (${net}, 'project_officer', 'training', ${p.cycleId}, '2026-10-01', '2026-10-01', 2)`,
  },
  {
    table: "memberships → organisations",
    insert: (net, p) => sql`insert into memberships (user_id, network_id, role, organisation_id)
      values (${userId}, ${net}, 'partner', ${p.organisationId})`,
  },
  {
    table: "invitations → organisations",
    insert: (
      net,
      p,
    ) => sql`insert into invitations (network_id, email, role, organisation_id, token_hash, expires_at)
      values (${net}, 'invite@example.test', 'partner', ${p.organisationId}, ${randomUUID()}, now() + interval '7 days')`,
  },
  {
    table: "contacts → organisations",
    insert: (net, p) => sql`insert into contacts (network_id, first_name, last_name, organisation_id)
      values (${net}, 'Alex', 'Membre', ${p.organisationId})`,
  },
  {
    table: "organisations → communes",
    insert: (net, p) => sql`insert into organisations (network_id, name, actor_type, commune_id)
      values (${net}, 'Structure locale', 'env_association', ${p.communeId})`,
  },
  {
    table: "organisation_status_changes → organisations",
    insert: (net, p) => sql`insert into organisation_status_changes (network_id, organisation_id, to_status)
      values (${net}, ${p.organisationId}, 'potential')`,
  },
  {
    table: "mail_queue → events",
    insert: (net, p) => sql`insert into mail_queue (network_id, event_id, "to", subject, text)
      values (${net}, ${p.eventId}, 'x@example.test', 'Invitation', 'Bonjour')`,
  },
  {
    table: "mail_queue → serd_actions",
    insert: (net, p) => sql`insert into mail_queue (network_id, serd_action_id, "to", subject, text)
      values (${net}, ${p.actionId}, 'x@example.test', 'Action SERD', 'Bonjour')`,
  },
  {
    table: "mail_queue → tool_reservations",
    insert: (net, p) => sql`insert into mail_queue (network_id, reservation_id, "to", subject, text)
      values (${net}, ${p.reservationId}, 'x@example.test', 'Prêt', 'Bonjour')`,
  },
  {
    table: "contact_erasures → contacts",
    insert: (net, p) =>
      sql`insert into contact_erasures (network_id, contact_id, reason) values (${net}, ${p.contactId}, 'request')`,
  },
  {
    table: "stored_file_chunks → stored_files",
    insert: (net, p) => sql`insert into stored_file_chunks (network_id, file_id, seq, data)
      values (${net}, ${p.fileId}, ${Math.floor(Math.random() * 1e9)}, '\\x41'::bytea)`,
  },
  {
    table: "tool_resources → organisations, collections, stored_files",
    insert: (
      net,
      p,
    ) => sql`insert into tool_resources (network_id, kind, title, owner_organisation_id, collection_id, file_id)
      values (${net}, 'document', 'Doc', ${p.organisationId}, ${p.collectionId}, ${p.fileId})`,
  },
  {
    table: "tool_resource_downloads → tool_resources",
    insert: (net, p) =>
      sql`insert into tool_resource_downloads (network_id, resource_id) values (${net}, ${p.resourceId})`,
  },
  {
    table: "method_sheets → tool_resources",
    insert: (net, p) =>
      sql`insert into method_sheets (network_id, resource_id) values (${net}, ${p.resourceId})`,
  },
  {
    table: "method_sheet_authors → tool_resources",
    insert: (net, p) => sql`insert into method_sheet_authors (network_id, resource_id, user_id)
      values (${net}, ${p.resourceId}, ${userId}) on conflict do nothing`,
  },
  {
    table: "tool_resource_attachments → tool_resources, events",
    insert: (net, p) => sql`insert into tool_resource_attachments (network_id, resource_id, event_id)
      values (${net}, ${p.resourceId}, ${p.eventId})`,
  },
  {
    table: "tool_resource_attachments → serd_actions",
    insert: (net, p) => sql`insert into tool_resource_attachments (network_id, resource_id, serd_action_id)
      values (${net}, ${a.resourceId}, ${p.actionId})`,
  },
  {
    table: "tool_resource_attachments → training_modules",
    insert: (net, p) => sql`insert into tool_resource_attachments (network_id, resource_id, training_module_id)
      values (${net}, ${a.resourceId}, ${p.moduleId})`,
  },
  {
    table: "tool_item_photos → tool_items, stored_files",
    insert: (net, p) => sql`insert into tool_item_photos (network_id, item_id, file_id, alt)
      values (${net}, ${p.itemId}, ${p.fileId}, 'Photo')`,
  },
  {
    table: "tool_items → organisations, tool_resources (instructions)",
    insert: (
      net,
      p,
    ) => sql`insert into tool_items (network_id, name, owner_organisation_id, instructions_resource_id)
      values (${net}, 'Kit', ${p.organisationId}, ${p.resourceId})`,
  },
  {
    table: "tool_reservations → tool_items, organisations, events, serd_actions",
    insert: (net, p) => sql`insert into tool_reservations
        (network_id, item_id, borrower_organisation_id, starts_on, ends_on, event_id, serd_action_id)
      values (${net}, ${p.itemId}, ${p.organisationId}, '2026-12-10', '2026-12-11', ${p.eventId}, ${p.actionId})`,
  },
  {
    table: "tool_loans → tool_reservations, tool_items",
    insert: (
      net,
      p,
    ) => sql`insert into tool_loans (network_id, reservation_id, item_id, checked_out_on, due_on, condition_out)
      values (${net}, ${p.reservationId}, ${p.itemId}, '2026-12-01', '2026-12-03', 'good')`,
  },
  {
    table: "training_modules → training_cycles",
    insert: (
      net,
      p,
    ) => sql`insert into training_modules (network_id, cycle_id, position, theme, planned_hours)
      values (${net}, ${p.cycleId}, 1, 'Réemploi', 3)`,
  },
  {
    table: "training_trainers → training_cycles, contacts",
    insert: (net, p) => sql`insert into training_trainers (network_id, cycle_id, contact_id, name)
      values (${net}, ${p.cycleId}, ${p.contactId}, 'Formateur')`,
  },
  {
    table: "training_sessions → events",
    insert: (net, p) => sql`insert into training_sessions (network_id, event_id, module_id)
      select ${net}, ${p.eventId}, ${a.moduleId}
      where not exists (select 1 from training_sessions where event_id = ${p.eventId})`,
  },
  {
    table: "training_sessions → training_modules, training_trainers",
    insert: (net, p) => sql`with e as (${newEvent(net)})
      insert into training_sessions (network_id, event_id, module_id, trainer_id)
      select ${net}, e.id, ${p.moduleId}, ${p.trainerId} from e`,
  },
  {
    table: "training_enrolments → training_cycles, contacts",
    insert: (net, p) => sql`with c as (
        insert into contacts (network_id, first_name, last_name) values (${net}, 'Léa', 'Stagiaire') returning id)
      insert into training_enrolments (network_id, cycle_id, contact_id, status)
      select ${net}, ${p.cycleId}, c.id, 'enrolled' from c`,
  },
  {
    table: "training_enrolments → contacts",
    insert: (net, p) => sql`insert into training_enrolments (network_id, cycle_id, contact_id, status)
      values (${net}, ${a.cycleId}, ${p.contactId}, 'enrolled')`,
  },
  {
    table: "experience_fiches → serd_editions",
    insert: (net, p) => sql`insert into experience_fiches (network_id, kind, title, period_start, period_end, edition_id, figures, figures_computed_at)
      values (${net}, 'serd', 'Fiche', '2026-01-01', '2026-12-31', ${p.editionId}, '{}'::jsonb, now())`,
  },
  {
    table: "experience_fiches → training_cycles",
    insert: (net, p) => sql`insert into experience_fiches (network_id, kind, title, period_start, period_end, cycle_id, figures, figures_computed_at)
      values (${net}, 'training', 'Fiche', '2026-01-01', '2026-12-31', ${p.cycleId}, '{}'::jsonb, now())`,
  },
];

describe("composite foreign keys keep every child in its parent's network", () => {
  it.each(cases)("$table: refuses a parent of another network", async ({ insert }) => {
    expect(await errorCode(db.execute(insert(a.networkId, b)))).toBe(FOREIGN_KEY_VIOLATION);
  });

  it.each(cases)("$table: accepts a parent of the same network", async ({ insert }) => {
    expect(await errorCode(db.execute(insert(a.networkId, a)))).toBeUndefined();
  });

  it("covers every foreign key to a network-scoped table, including tables added later", async () => {
    // A foreign key to a table that has network_id must include network_id, or it could cross networks.
    const loose = await executeRows<{ name: string }>(
      db,
      sql`select c.conname as name
          from pg_constraint c
          where c.contype = 'f' and c.connamespace = 'public'::regnamespace
            and exists (select 1 from pg_attribute pa
                        where pa.attrelid = c.confrelid and pa.attname = 'network_id' and not pa.attisdropped)
            and not exists (select 1 from unnest(c.conkey) k
                            join pg_attribute ca on ca.attrelid = c.conrelid and ca.attnum = k
                            where ca.attname = 'network_id')`,
    );
    expect(loose).toEqual([]);
  });
});

describe("delete actions are those of the single-column keys they replace", () => {
  it("deleting an organisation empties the optional links to it but keeps their network", async () => {
    const p = await insertParents((await createNetwork(db)).id);
    const member = await createUser(db);
    await db.execute(sql`insert into memberships (user_id, network_id, role, organisation_id)
      values (${member.id}, ${p.networkId}, 'partner', ${p.organisationId})`);
    await db.execute(
      sql`update contacts set organisation_id = ${p.organisationId} where id = ${p.contactId}`,
    );
    await db.execute(sql`delete from serd_actions where id = ${p.actionId}`); // its lead organisation is "restrict"
    await db.execute(sql`delete from tool_items where id = ${p.itemId}`); // its owner is "restrict" too
    await db.execute(sql`delete from organisations where id = ${p.organisationId}`);

    const [membership] = await executeRows<{ network_id: string; organisation_id: string | null }>(
      db,
      sql`select network_id, organisation_id from memberships where user_id = ${member.id}`,
    );
    expect(membership).toEqual({ network_id: p.networkId, organisation_id: null });
    const [contact] = await executeRows<{ network_id: string; organisation_id: string | null }>(
      db,
      sql`select network_id, organisation_id from contacts where id = ${p.contactId}`,
    );
    expect(contact).toEqual({ network_id: p.networkId, organisation_id: null });
  });

  it("deleting an event deletes its participations and their signatures", async () => {
    const p = await insertParents((await createNetwork(db)).id);
    await db.execute(sql`insert into signatures (network_id, participation_id, half_day, method)
      values (${p.networkId}, ${p.participationId}, 'pm', 'paper')`);
    await db.execute(sql`delete from events where id = ${p.eventId}`);

    const [left] = await executeRows<{ participations: number; signatures: number }>(
      db,
      sql`select (select count(*)::int from participations where id = ${p.participationId}) as participations,
                 (select count(*)::int from signatures where participation_id = ${p.participationId}) as signatures`,
    );
    expect(left).toEqual({ participations: 0, signatures: 0 });
  });

  it("an organisation that leads a SERD action cannot be deleted", async () => {
    const p = await insertParents((await createNetwork(db)).id);
    expect(RESTRICT_VIOLATIONS).toContain(
      await errorCode(db.execute(sql`delete from organisations where id = ${p.organisationId}`)),
    );
    const [left] = await executeRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from organisations where id = ${p.organisationId}`,
    );
    expect(left?.n).toBe(1);
  });

  it("a parent cannot move to another network while it has children", async () => {
    const p = await insertParents((await createNetwork(db)).id);
    expect(
      await errorCode(db.execute(sql`update events set network_id = ${b.networkId} where id = ${p.eventId}`)),
    ).toBe(FOREIGN_KEY_VIOLATION);
  });
});

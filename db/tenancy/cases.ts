import { randomUUID } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import { newEvent, type Parents } from "./parents";

/** The other network's parents (`a`) and a user, for the cases whose row needs them. */
export type CaseContext = { a: Parents; userId: string };

/**
 * Each case inserts a child row into network `net` pointing at the parents `p`: with `p` of the
 * same network it must succeed, with `p` of another network the foreign key must refuse it.
 */
export const cases: { table: string; insert: (net: string, p: Parents, ctx: CaseContext) => SQL }[] = [
  {
    table: "participations → events, contacts",
    insert: (net, p) =>
      sql`insert into participations (network_id, event_id, contact_id) values (${net}, ${p.eventId}, ${p.contactId})`,
  },
  {
    table: "participations → organisations",
    // A new contact, so that the (event, contact) pair is never already taken.
    insert: (net, p, ctx) => sql`with c as (
        insert into contacts (network_id, first_name, last_name) values (${net}, 'Sam', 'Nouveau') returning id)
      insert into participations (network_id, event_id, contact_id, organisation_id)
      select ${net}, ${ctx.a.eventId}, c.id, ${p.organisationId} from c`,
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
      ctx,
    ) => sql`insert into event_agenda_items (network_id, event_id, position, title, speaker_contact_id)
      values (${net}, ${ctx.a.eventId}, 2, 'Exposé', ${p.contactId})`,
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
    insert: (
      net,
      p,
      ctx,
    ) => sql`insert into serd_actions (network_id, edition_id, title, lead_organisation_id)
      values (${net}, ${p.editionId}, 'Action', ${ctx.a.organisationId})`,
  },
  {
    table: "serd_actions → organisations (lead)",
    insert: (
      net,
      p,
      ctx,
    ) => sql`insert into serd_actions (network_id, edition_id, title, lead_organisation_id)
      values (${net}, ${ctx.a.editionId}, 'Action', ${p.organisationId})`,
  },
  {
    table: "serd_occurrences → serd_actions",
    insert: (net, p) =>
      sql`insert into serd_occurrences (network_id, action_id, date) values (${net}, ${p.actionId}, '2026-11-25')`,
  },
  {
    table: "serd_occurrences → communes",
    insert: (net, p, ctx) => sql`insert into serd_occurrences (network_id, action_id, date, commune_id)
      values (${net}, ${ctx.a.actionId}, '2026-11-26', ${p.communeId})`,
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
    insert: (net, p, ctx) => sql`with u as (
        insert into users (email, name) values (${`${randomUUID()}@example.test`}, 'Relecteur') returning id),
      m as (insert into memberships (user_id, network_id, role) select u.id, ${p.networkId}, 'coordinator' from u returning user_id),
      n as (insert into serd_notifications (network_id, user_id, action_id, kind)
        select ${net}, m.user_id, ${ctx.a.actionId}, 'submitted' from m)
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
      ctx,
    ) => sql`insert into contributions (network_id, organisation_id, edition_id, action_id, kind, amount_eur)
      values (${net}, ${ctx.a.organisationId}, ${ctx.a.editionId}, ${p.actionId}, 'cash', 50)`,
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
    insert: (net, p, ctx) => sql`insert into memberships (user_id, network_id, role, organisation_id)
      values (${ctx.userId}, ${net}, 'partner', ${p.organisationId})`,
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
    insert: (net, p, ctx) => sql`insert into method_sheet_authors (network_id, resource_id, user_id)
      values (${net}, ${p.resourceId}, ${ctx.userId}) on conflict do nothing`,
  },
  {
    table: "tool_resource_attachments → tool_resources, events",
    insert: (net, p) => sql`insert into tool_resource_attachments (network_id, resource_id, event_id)
      values (${net}, ${p.resourceId}, ${p.eventId})`,
  },
  {
    table: "tool_resource_attachments → serd_actions",
    insert: (
      net,
      p,
      ctx,
    ) => sql`insert into tool_resource_attachments (network_id, resource_id, serd_action_id)
      values (${net}, ${ctx.a.resourceId}, ${p.actionId})`,
  },
  {
    table: "tool_resource_attachments → training_modules",
    insert: (
      net,
      p,
      ctx,
    ) => sql`insert into tool_resource_attachments (network_id, resource_id, training_module_id)
      values (${net}, ${ctx.a.resourceId}, ${p.moduleId})`,
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
    insert: (net, p, ctx) => sql`insert into training_sessions (network_id, event_id, module_id)
      select ${net}, ${p.eventId}, ${ctx.a.moduleId}
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
    insert: (net, p, ctx) => sql`insert into training_enrolments (network_id, cycle_id, contact_id, status)
      values (${net}, ${ctx.a.cycleId}, ${p.contactId}, 'enrolled')`,
  },
  {
    table: "experience_fiches → serd_editions",
    insert: (
      net,
      p,
    ) => sql`insert into experience_fiches (network_id, kind, title, period_start, period_end, edition_id, figures, figures_computed_at)
      values (${net}, 'serd', 'Fiche', '2026-01-01', '2026-12-31', ${p.editionId}, '{}'::jsonb, now())`,
  },
  {
    table: "experience_fiches → training_cycles",
    insert: (
      net,
      p,
    ) => sql`insert into experience_fiches (network_id, kind, title, period_start, period_end, cycle_id, figures, figures_computed_at)
      values (${net}, 'training', 'Fiche', '2026-01-01', '2026-12-31', ${p.cycleId}, '{}'::jsonb, now())`,
  },
];

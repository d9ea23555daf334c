-- Hand-ordered: the parents' (network_id, id) keys must exist before the foreign keys that
-- reference them (drizzle-kit writes them last).
ALTER TABLE "communes" ADD CONSTRAINT "communes_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "event_series" ADD CONSTRAINT "event_series_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "serd_actions" ADD CONSTRAINT "serd_actions_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "serd_editions" ADD CONSTRAINT "serd_editions_network_id_key" UNIQUE("network_id","id");
--> statement-breakpoint
ALTER TABLE "invitations" DROP CONSTRAINT "invitations_organisation_id_organisations_id_fk";
--> statement-breakpoint
ALTER TABLE "memberships" DROP CONSTRAINT "memberships_organisation_id_organisations_id_fk";
--> statement-breakpoint
ALTER TABLE "contact_erasures" DROP CONSTRAINT "contact_erasures_contact_id_contacts_id_fk";
--> statement-breakpoint
ALTER TABLE "contacts" DROP CONSTRAINT "contacts_organisation_id_organisations_id_fk";
--> statement-breakpoint
ALTER TABLE "organisation_status_changes" DROP CONSTRAINT "organisation_status_changes_organisation_id_organisations_id_fk";
--> statement-breakpoint
ALTER TABLE "organisations" DROP CONSTRAINT "organisations_commune_id_communes_id_fk";
--> statement-breakpoint
ALTER TABLE "calendar_feeds" DROP CONSTRAINT "calendar_feeds_contact_id_contacts_id_fk";
--> statement-breakpoint
ALTER TABLE "event_agenda_items" DROP CONSTRAINT "event_agenda_items_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "event_agenda_items" DROP CONSTRAINT "event_agenda_items_speaker_contact_id_contacts_id_fk";
--> statement-breakpoint
ALTER TABLE "event_attachments" DROP CONSTRAINT "event_attachments_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "events" DROP CONSTRAINT "events_series_id_event_series_id_fk";
--> statement-breakpoint
ALTER TABLE "events" DROP CONSTRAINT "events_commune_id_communes_id_fk";
--> statement-breakpoint
ALTER TABLE "participations" DROP CONSTRAINT "participations_event_id_events_id_fk";
--> statement-breakpoint
ALTER TABLE "participations" DROP CONSTRAINT "participations_contact_id_contacts_id_fk";
--> statement-breakpoint
ALTER TABLE "participations" DROP CONSTRAINT "participations_organisation_id_organisations_id_fk";
--> statement-breakpoint
ALTER TABLE "signatures" DROP CONSTRAINT "signatures_participation_id_participations_id_fk";
--> statement-breakpoint
ALTER TABLE "contributions" DROP CONSTRAINT "contributions_organisation_id_organisations_id_fk";
--> statement-breakpoint
ALTER TABLE "contributions" DROP CONSTRAINT "contributions_edition_id_serd_editions_id_fk";
--> statement-breakpoint
ALTER TABLE "contributions" DROP CONSTRAINT "contributions_action_id_serd_actions_id_fk";
--> statement-breakpoint
ALTER TABLE "serd_action_coorganisers" DROP CONSTRAINT "serd_action_coorganisers_action_id_serd_actions_id_fk";
--> statement-breakpoint
ALTER TABLE "serd_action_coorganisers" DROP CONSTRAINT "serd_action_coorganisers_organisation_id_organisations_id_fk";
--> statement-breakpoint
ALTER TABLE "serd_action_history" DROP CONSTRAINT "serd_action_history_action_id_serd_actions_id_fk";
--> statement-breakpoint
ALTER TABLE "serd_actions" DROP CONSTRAINT "serd_actions_edition_id_serd_editions_id_fk";
--> statement-breakpoint
ALTER TABLE "serd_actions" DROP CONSTRAINT "serd_actions_lead_organisation_id_organisations_id_fk";
--> statement-breakpoint
ALTER TABLE "serd_occurrences" DROP CONSTRAINT "serd_occurrences_action_id_serd_actions_id_fk";
--> statement-breakpoint
ALTER TABLE "serd_occurrences" DROP CONSTRAINT "serd_occurrences_commune_id_communes_id_fk";
--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organisation_id_network_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE set null (organisation_id) ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_network_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE set null (organisation_id) ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contact_erasures" ADD CONSTRAINT "contact_erasures_contact_id_network_fk" FOREIGN KEY ("network_id","contact_id") REFERENCES "public"."contacts"("network_id","id") ON DELETE set null (contact_id) ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organisation_id_network_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE set null (organisation_id) ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "organisation_status_changes" ADD CONSTRAINT "organisation_status_changes_organisation_id_network_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_commune_id_network_fk" FOREIGN KEY ("network_id","commune_id") REFERENCES "public"."communes"("network_id","id") ON DELETE set null (commune_id) ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_contact_id_network_fk" FOREIGN KEY ("network_id","contact_id") REFERENCES "public"."contacts"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_agenda_items" ADD CONSTRAINT "event_agenda_items_event_id_network_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_agenda_items" ADD CONSTRAINT "event_agenda_items_speaker_contact_id_network_fk" FOREIGN KEY ("network_id","speaker_contact_id") REFERENCES "public"."contacts"("network_id","id") ON DELETE set null (speaker_contact_id) ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "event_attachments" ADD CONSTRAINT "event_attachments_event_id_network_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_series_id_network_fk" FOREIGN KEY ("network_id","series_id") REFERENCES "public"."event_series"("network_id","id") ON DELETE set null (series_id) ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_commune_id_network_fk" FOREIGN KEY ("network_id","commune_id") REFERENCES "public"."communes"("network_id","id") ON DELETE set null (commune_id) ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_event_id_network_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_contact_id_network_fk" FOREIGN KEY ("network_id","contact_id") REFERENCES "public"."contacts"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_organisation_id_network_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE set null (organisation_id) ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_participation_id_network_fk" FOREIGN KEY ("network_id","participation_id") REFERENCES "public"."participations"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_organisation_id_network_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_edition_id_network_fk" FOREIGN KEY ("network_id","edition_id") REFERENCES "public"."serd_editions"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_action_id_network_fk" FOREIGN KEY ("network_id","action_id") REFERENCES "public"."serd_actions"("network_id","id") ON DELETE set null (action_id) ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "serd_action_coorganisers" ADD CONSTRAINT "serd_action_coorganisers_action_id_network_fk" FOREIGN KEY ("network_id","action_id") REFERENCES "public"."serd_actions"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "serd_action_coorganisers" ADD CONSTRAINT "serd_action_coorganisers_organisation_id_network_fk" FOREIGN KEY ("network_id","organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "serd_action_history" ADD CONSTRAINT "serd_action_history_action_id_network_fk" FOREIGN KEY ("network_id","action_id") REFERENCES "public"."serd_actions"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "serd_actions" ADD CONSTRAINT "serd_actions_edition_id_network_fk" FOREIGN KEY ("network_id","edition_id") REFERENCES "public"."serd_editions"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "serd_actions" ADD CONSTRAINT "serd_actions_lead_organisation_id_network_fk" FOREIGN KEY ("network_id","lead_organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE restrict ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "serd_occurrences" ADD CONSTRAINT "serd_occurrences_action_id_network_fk" FOREIGN KEY ("network_id","action_id") REFERENCES "public"."serd_actions"("network_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "serd_occurrences" ADD CONSTRAINT "serd_occurrences_commune_id_network_fk" FOREIGN KEY ("network_id","commune_id") REFERENCES "public"."communes"("network_id","id") ON DELETE set null (commune_id) ON UPDATE no action;

CREATE TYPE "public"."event_status" AS ENUM('planned', 'held', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."event_type" AS ENUM('actors_council', 'serd_prep', 'network_heads_meeting', 'thematic_workshop', 'training_session', 'site_visit', 'municipal_network_day', 'ambassadors_meeting', 'working_group', 'practice_exchange');--> statement-breakpoint
CREATE TYPE "public"."half_day" AS ENUM('am', 'pm');--> statement-breakpoint
CREATE TYPE "public"."participation_status" AS ENUM('invited', 'registered', 'waitlisted', 'declined', 'excused', 'present', 'late', 'absent');--> statement-breakpoint
CREATE TYPE "public"."site_type" AS ENUM('sorting_centre', 'incinerator', 'landfill', 'reuse_centre', 'recycling_centre', 'composting_site');--> statement-breakpoint
CREATE TYPE "public"."contribution_kind" AS ENUM('staff', 'material', 'cash');--> statement-breakpoint
CREATE TYPE "public"."serd_format" AS ENUM('stand', 'workshop', 'visit', 'conference', 'collection', 'repair_cafe', 'exhibition', 'game', 'other');--> statement-breakpoint
CREATE TYPE "public"."serd_review_status" AS ENUM('draft', 'submitted', 'changes_requested', 'labelled', 'rejected');--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"contact_id" uuid,
	"token_hash" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "calendar_feeds_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "event_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"duration_minutes" integer,
	"speaker_contact_id" uuid
);
--> statement-breakpoint
CREATE TABLE "event_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"title" text NOT NULL,
	"event_type" "event_type" NOT NULL,
	"rule" jsonb NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"series_id" uuid,
	"event_type" "event_type" NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"address" text,
	"commune_id" uuid,
	"online_url" text,
	"site_type" "site_type",
	"capacity" integer,
	"status" "event_status" DEFAULT 'planned' NOT NULL,
	"organiser_name" text,
	"reminder_minutes_before" integer DEFAULT 2880 NOT NULL,
	"minutes" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"organisation_id" uuid,
	"status" "participation_status" DEFAULT 'invited' NOT NULL,
	"invited_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"answer_message" text,
	"rsvp_token_hash" text,
	"waitlisted_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"walk_in" boolean DEFAULT false NOT NULL,
	"remarks" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participations_rsvpTokenHash_unique" UNIQUE("rsvp_token_hash"),
	CONSTRAINT "participations_event_contact_key" UNIQUE("event_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"participation_id" uuid NOT NULL,
	"half_day" "half_day" NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"method" text NOT NULL,
	"image" text,
	CONSTRAINT "signatures_participation_half_day_key" UNIQUE("participation_id","half_day")
);
--> statement-breakpoint
CREATE TABLE "contributions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"edition_id" uuid NOT NULL,
	"action_id" uuid,
	"kind" "contribution_kind" NOT NULL,
	"amount_eur" numeric(12, 2) NOT NULL,
	"days" numeric(6, 2),
	"description" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "serd_action_coorganisers" (
	"network_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "serd_action_coorganisers_action_id_organisation_id_pk" PRIMARY KEY("action_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "serd_action_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_status" "serd_review_status",
	"to_status" "serd_review_status",
	"comment" text,
	"by_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "serd_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"edition_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"format" "serd_format",
	"target_publics" text[] DEFAULT '{}' NOT NULL,
	"lead_organisation_id" uuid NOT NULL,
	"free_entry" boolean DEFAULT false NOT NULL,
	"non_profit" boolean DEFAULT false NOT NULL,
	"awards_opt_in" boolean DEFAULT false NOT NULL,
	"status" "serd_review_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"result_account" text,
	"created_by_id" uuid,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "serd_editions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"registration_opens_on" date NOT NULL,
	"registration_closes_on" date NOT NULL,
	"network_deadline" date,
	"national_theme" text,
	"ewwr_focus" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "serd_editions_network_year_key" UNIQUE("network_id","year")
);
--> statement-breakpoint
CREATE TABLE "serd_occurrences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"date" date NOT NULL,
	"start_time" time,
	"end_time" time,
	"place" text,
	"address" text,
	"commune_id" uuid,
	"latitude" double precision,
	"longitude" double precision,
	"expected_participants" integer,
	"actual_participants" integer
);
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_agenda_items" ADD CONSTRAINT "event_agenda_items_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_agenda_items" ADD CONSTRAINT "event_agenda_items_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_agenda_items" ADD CONSTRAINT "event_agenda_items_speaker_contact_id_contacts_id_fk" FOREIGN KEY ("speaker_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_attachments" ADD CONSTRAINT "event_attachments_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_attachments" ADD CONSTRAINT "event_attachments_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_attachments" ADD CONSTRAINT "event_attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_series" ADD CONSTRAINT "event_series_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_series" ADD CONSTRAINT "event_series_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_series_id_event_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."event_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_participation_id_participations_id_fk" FOREIGN KEY ("participation_id") REFERENCES "public"."participations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_edition_id_serd_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."serd_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_action_id_serd_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."serd_actions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_action_coorganisers" ADD CONSTRAINT "serd_action_coorganisers_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_action_coorganisers" ADD CONSTRAINT "serd_action_coorganisers_action_id_serd_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."serd_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_action_coorganisers" ADD CONSTRAINT "serd_action_coorganisers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_action_history" ADD CONSTRAINT "serd_action_history_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_action_history" ADD CONSTRAINT "serd_action_history_action_id_serd_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."serd_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_action_history" ADD CONSTRAINT "serd_action_history_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_actions" ADD CONSTRAINT "serd_actions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_actions" ADD CONSTRAINT "serd_actions_edition_id_serd_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."serd_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_actions" ADD CONSTRAINT "serd_actions_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_actions" ADD CONSTRAINT "serd_actions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_editions" ADD CONSTRAINT "serd_editions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_occurrences" ADD CONSTRAINT "serd_occurrences_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_occurrences" ADD CONSTRAINT "serd_occurrences_action_id_serd_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."serd_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_occurrences" ADD CONSTRAINT "serd_occurrences_commune_id_communes_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."communes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_feeds_network_id_index" ON "calendar_feeds" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "event_agenda_items_event_id_position_index" ON "event_agenda_items" USING btree ("event_id","position");--> statement-breakpoint
CREATE INDEX "event_attachments_event_id_index" ON "event_attachments" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "events_network_id_starts_at_index" ON "events" USING btree ("network_id","starts_at");--> statement-breakpoint
CREATE INDEX "events_series_id_index" ON "events" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "participations_network_id_contact_id_index" ON "participations" USING btree ("network_id","contact_id");--> statement-breakpoint
CREATE INDEX "participations_event_id_status_index" ON "participations" USING btree ("event_id","status");--> statement-breakpoint
CREATE INDEX "contributions_network_id_edition_id_index" ON "contributions" USING btree ("network_id","edition_id");--> statement-breakpoint
CREATE INDEX "serd_action_coorganisers_organisation_id_index" ON "serd_action_coorganisers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "serd_action_history_action_id_at_index" ON "serd_action_history" USING btree ("action_id","at");--> statement-breakpoint
CREATE INDEX "serd_actions_network_id_edition_id_status_index" ON "serd_actions" USING btree ("network_id","edition_id","status");--> statement-breakpoint
CREATE INDEX "serd_actions_lead_organisation_id_index" ON "serd_actions" USING btree ("lead_organisation_id");--> statement-breakpoint
CREATE INDEX "serd_occurrences_action_id_index" ON "serd_occurrences" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "serd_occurrences_network_id_date_index" ON "serd_occurrences" USING btree ("network_id","date");
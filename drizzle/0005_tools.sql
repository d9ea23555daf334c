-- HAND EDIT (redo after regenerating): two statements added that drizzle-kit cannot express.
-- 1. First line: CREATE EXTENSION btree_gist (trusted since PostgreSQL 13: a database owner may
--    create it; PGlite loads it from @electric-sql/pglite/contrib/btree_gist, see db/client.ts).
-- 2. Last statement: the exclusion constraint tool_reservations_no_overlap (confirmed periods of
--    one item never overlap), see db/schema/tools.ts and docs/decisions/0020.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE TYPE "public"."item_condition" AS ENUM('good', 'worn', 'damaged', 'incomplete');--> statement-breakpoint
CREATE TYPE "public"."reservation_status" AS ENUM('requested', 'confirmed', 'refused', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."resource_kind" AS ENUM('document', 'link', 'note', 'method_sheet');--> statement-breakpoint
CREATE TYPE "public"."resource_status" AS ENUM('draft', 'proposed', 'published');--> statement-breakpoint
CREATE TABLE "stored_file_chunks" (
	"network_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"data" "bytea" NOT NULL,
	CONSTRAINT "stored_file_chunks_file_id_seq_pk" PRIMARY KEY("file_id","seq")
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stored_files_network_id_key" UNIQUE("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "method_sheet_authors" (
	"network_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "method_sheet_authors_resource_id_user_id_pk" PRIMARY KEY("resource_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "method_sheets" (
	"resource_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"what_was_done" text DEFAULT '' NOT NULL,
	"means" text DEFAULT '' NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"tips" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tool_collections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tool_collections_network_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "tool_collections_network_name_key" UNIQUE("network_id","name")
);
--> statement-breakpoint
CREATE TABLE "tool_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"components" text[] DEFAULT '{}' NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"location" text,
	"condition" "item_condition" DEFAULT 'good' NOT NULL,
	"max_loan_days" integer DEFAULT 14 NOT NULL,
	"lendable" boolean DEFAULT true NOT NULL,
	"instructions_resource_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tool_items_network_id_key" UNIQUE("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "tool_loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"reservation_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"checked_out_on" date NOT NULL,
	"due_on" date NOT NULL,
	"returned_on" date,
	"condition_out" "item_condition" NOT NULL,
	"condition_on_return" "item_condition",
	"remark" text,
	"next_reminder_on" date,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"checked_out_by_id" uuid,
	"returned_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tool_loans_reservationId_unique" UNIQUE("reservation_id"),
	CONSTRAINT "tool_loans_return_check" CHECK ("tool_loans"."returned_on" is null or "tool_loans"."returned_on" >= "tool_loans"."checked_out_on")
);
--> statement-breakpoint
CREATE TABLE "tool_reservations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"borrower_organisation_id" uuid NOT NULL,
	"requested_by_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" "reservation_status" DEFAULT 'requested' NOT NULL,
	"decision_note" text,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"event_id" uuid,
	"serd_action_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tool_reservations_network_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "tool_reservations_period_check" CHECK ("tool_reservations"."ends_on" >= "tool_reservations"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "tool_resource_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"event_id" uuid,
	"serd_action_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tool_resource_attachments_event_key" UNIQUE("resource_id","event_id"),
	CONSTRAINT "tool_resource_attachments_action_key" UNIQUE("resource_id","serd_action_id"),
	CONSTRAINT "tool_resource_attachments_one_target" CHECK (num_nonnulls("tool_resource_attachments"."event_id", "tool_resource_attachments"."serd_action_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "tool_resource_downloads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tool_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"kind" "resource_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"themes" text[] DEFAULT '{}' NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"publics" text[] DEFAULT '{}' NOT NULL,
	"formats" text[] DEFAULT '{}' NOT NULL,
	"owner_organisation_id" uuid,
	"collection_id" uuid,
	"status" "resource_status" DEFAULT 'published' NOT NULL,
	"url" text,
	"body" text,
	"file_id" uuid,
	"file_name" text,
	"search_text" text DEFAULT '' NOT NULL,
	"shared_by_id" uuid,
	"published_by_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tool_resources_network_id_key" UNIQUE("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "stored_file_chunks" ADD CONSTRAINT "stored_file_chunks_file_id_network_fk" FOREIGN KEY ("network_id","file_id") REFERENCES "public"."stored_files"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "method_sheet_authors" ADD CONSTRAINT "method_sheet_authors_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "method_sheet_authors" ADD CONSTRAINT "method_sheet_authors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "method_sheet_authors" ADD CONSTRAINT "method_sheet_authors_resource_id_network_fk" FOREIGN KEY ("network_id","resource_id") REFERENCES "public"."tool_resources"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "method_sheets" ADD CONSTRAINT "method_sheets_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "method_sheets" ADD CONSTRAINT "method_sheets_resource_id_network_fk" FOREIGN KEY ("network_id","resource_id") REFERENCES "public"."tool_resources"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_collections" ADD CONSTRAINT "tool_collections_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_items" ADD CONSTRAINT "tool_items_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_items" ADD CONSTRAINT "tool_items_owner_organisation_id_network_fk" FOREIGN KEY ("network_id","owner_organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_items" ADD CONSTRAINT "tool_items_instructions_resource_id_network_fk" FOREIGN KEY ("network_id","instructions_resource_id") REFERENCES "public"."tool_resources"("network_id","id") ON DELETE set null (instructions_resource_id) ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_loans" ADD CONSTRAINT "tool_loans_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_loans" ADD CONSTRAINT "tool_loans_checked_out_by_id_users_id_fk" FOREIGN KEY ("checked_out_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_loans" ADD CONSTRAINT "tool_loans_returned_by_id_users_id_fk" FOREIGN KEY ("returned_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_loans" ADD CONSTRAINT "tool_loans_reservation_id_network_fk" FOREIGN KEY ("network_id","reservation_id") REFERENCES "public"."tool_reservations"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_loans" ADD CONSTRAINT "tool_loans_item_id_network_fk" FOREIGN KEY ("network_id","item_id") REFERENCES "public"."tool_items"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_reservations" ADD CONSTRAINT "tool_reservations_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_reservations" ADD CONSTRAINT "tool_reservations_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_reservations" ADD CONSTRAINT "tool_reservations_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_reservations" ADD CONSTRAINT "tool_reservations_item_id_network_fk" FOREIGN KEY ("network_id","item_id") REFERENCES "public"."tool_items"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_reservations" ADD CONSTRAINT "tool_reservations_borrower_organisation_id_network_fk" FOREIGN KEY ("network_id","borrower_organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_reservations" ADD CONSTRAINT "tool_reservations_event_id_network_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE set null (event_id) ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_reservations" ADD CONSTRAINT "tool_reservations_serd_action_id_network_fk" FOREIGN KEY ("network_id","serd_action_id") REFERENCES "public"."serd_actions"("network_id","id") ON DELETE set null (serd_action_id) ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_resource_attachments" ADD CONSTRAINT "tool_resource_attachments_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_resource_attachments" ADD CONSTRAINT "tool_resource_attachments_resource_id_network_fk" FOREIGN KEY ("network_id","resource_id") REFERENCES "public"."tool_resources"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_resource_attachments" ADD CONSTRAINT "tool_resource_attachments_event_id_network_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_resource_attachments" ADD CONSTRAINT "tool_resource_attachments_serd_action_id_network_fk" FOREIGN KEY ("network_id","serd_action_id") REFERENCES "public"."serd_actions"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_resource_downloads" ADD CONSTRAINT "tool_resource_downloads_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_resource_downloads" ADD CONSTRAINT "tool_resource_downloads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_resource_downloads" ADD CONSTRAINT "tool_resource_downloads_resource_id_network_fk" FOREIGN KEY ("network_id","resource_id") REFERENCES "public"."tool_resources"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_resources" ADD CONSTRAINT "tool_resources_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_resources" ADD CONSTRAINT "tool_resources_shared_by_id_users_id_fk" FOREIGN KEY ("shared_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_resources" ADD CONSTRAINT "tool_resources_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_resources" ADD CONSTRAINT "tool_resources_owner_organisation_id_network_fk" FOREIGN KEY ("network_id","owner_organisation_id") REFERENCES "public"."organisations"("network_id","id") ON DELETE set null (owner_organisation_id) ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_resources" ADD CONSTRAINT "tool_resources_collection_id_network_fk" FOREIGN KEY ("network_id","collection_id") REFERENCES "public"."tool_collections"("network_id","id") ON DELETE set null (collection_id) ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_resources" ADD CONSTRAINT "tool_resources_file_id_network_fk" FOREIGN KEY ("network_id","file_id") REFERENCES "public"."stored_files"("network_id","id") ON DELETE set null (file_id) ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stored_file_chunks_network_id_index" ON "stored_file_chunks" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "tool_loans_item_id_index" ON "tool_loans" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "tool_loans_next_reminder_on_index" ON "tool_loans" USING btree ("next_reminder_on");--> statement-breakpoint
CREATE INDEX "tool_reservations_item_id_starts_on_index" ON "tool_reservations" USING btree ("item_id","starts_on");--> statement-breakpoint
CREATE INDEX "tool_reservations_network_id_borrower_organisation_id_index" ON "tool_reservations" USING btree ("network_id","borrower_organisation_id");--> statement-breakpoint
CREATE INDEX "tool_resource_attachments_event_id_index" ON "tool_resource_attachments" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "tool_resource_attachments_serd_action_id_index" ON "tool_resource_attachments" USING btree ("serd_action_id");--> statement-breakpoint
CREATE INDEX "tool_resource_downloads_resource_id_index" ON "tool_resource_downloads" USING btree ("resource_id");--> statement-breakpoint
CREATE INDEX "tool_resources_network_id_status_created_at_index" ON "tool_resources" USING btree ("network_id","status","created_at");--> statement-breakpoint
ALTER TABLE "tool_reservations" ADD CONSTRAINT "tool_reservations_no_overlap" EXCLUDE USING gist ("item_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&) WHERE ("status" = 'confirmed');

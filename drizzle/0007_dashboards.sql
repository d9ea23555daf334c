CREATE TYPE "public"."activity_kind" AS ENUM('meeting', 'serd_edition', 'training', 'tools', 'network', 'other');--> statement-breakpoint
CREATE TYPE "public"."indicator_unit" AS ENUM('count', 'percent', 'tonnes', 'kg_per_inhabitant', 'eur', 'hours', 'fte', 'other');--> statement-breakpoint
CREATE TYPE "public"."objective_direction" AS ENUM('at_least', 'at_most');--> statement-breakpoint
CREATE TYPE "public"."staff_role" AS ENUM('project_officer', 'intern', 'assistant', 'communication_officer', 'ambassador', 'elected_referent');--> statement-breakpoint
CREATE TABLE "objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"title" text NOT NULL,
	"computed_indicator_id" text,
	"indicator_filter" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"recorded_indicator_id" uuid,
	"target" numeric(14, 3) NOT NULL,
	"baseline" numeric(14, 3),
	"direction" "objective_direction" NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objectives_one_indicator" CHECK (("objectives"."computed_indicator_id" is null) <> ("objectives"."recorded_indicator_id" is null)),
	CONSTRAINT "objectives_period" CHECK ("objectives"."period_end" >= "objectives"."period_start")
);
--> statement-breakpoint
CREATE TABLE "recorded_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" "indicator_unit" NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recorded_indicators_network_name_key" UNIQUE("network_id","name"),
	CONSTRAINT "recorded_indicators_network_id_key" UNIQUE("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "recorded_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"date" date NOT NULL,
	"value" numeric(14, 3) NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"entered_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recorded_values_indicator_date_key" UNIQUE("indicator_id","date")
);
--> statement-breakpoint
CREATE TABLE "staff_role_costs" (
	"network_id" uuid NOT NULL,
	"staff_role" "staff_role" NOT NULL,
	"hourly_cost_eur" numeric(8, 2) NOT NULL,
	CONSTRAINT "staff_role_costs_network_id_staff_role_pk" PRIMARY KEY("network_id","staff_role")
);
--> statement-breakpoint
CREATE TABLE "staff_time_settings" (
	"network_id" uuid PRIMARY KEY NOT NULL,
	"yearly_working_hours" integer DEFAULT 1607 NOT NULL,
	"hours_per_day" numeric(4, 2) DEFAULT '7' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "time_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"staff_role" "staff_role" NOT NULL,
	"person_id" uuid,
	"activity_kind" "activity_kind" NOT NULL,
	"event_id" uuid,
	"edition_id" uuid,
	"activity_label" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"hours" numeric(8, 2) NOT NULL,
	"entered_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "time_entries_period" CHECK ("time_entries"."ends_on" >= "time_entries"."starts_on"),
	CONSTRAINT "time_entries_hours" CHECK ("time_entries"."hours" > 0)
);
--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_recorded_indicator_id_network_fk" FOREIGN KEY ("network_id","recorded_indicator_id") REFERENCES "public"."recorded_indicators"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recorded_indicators" ADD CONSTRAINT "recorded_indicators_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recorded_values" ADD CONSTRAINT "recorded_values_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recorded_values" ADD CONSTRAINT "recorded_values_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recorded_values" ADD CONSTRAINT "recorded_values_indicator_id_network_fk" FOREIGN KEY ("network_id","indicator_id") REFERENCES "public"."recorded_indicators"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_role_costs" ADD CONSTRAINT "staff_role_costs_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_time_settings" ADD CONSTRAINT "staff_time_settings_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_entered_by_id_users_id_fk" FOREIGN KEY ("entered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_event_id_network_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE set null (event_id) ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_edition_id_network_fk" FOREIGN KEY ("network_id","edition_id") REFERENCES "public"."serd_editions"("network_id","id") ON DELETE set null (edition_id) ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "objectives_network_id_index" ON "objectives" USING btree ("network_id");--> statement-breakpoint
CREATE INDEX "recorded_values_network_id_indicator_id_index" ON "recorded_values" USING btree ("network_id","indicator_id");--> statement-breakpoint
CREATE INDEX "time_entries_network_id_starts_on_index" ON "time_entries" USING btree ("network_id","starts_on");--> statement-breakpoint
CREATE INDEX "time_entries_network_id_event_id_index" ON "time_entries" USING btree ("network_id","event_id");
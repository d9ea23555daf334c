CREATE TYPE "public"."fiche_kind" AS ENUM('actors_mobilisation', 'serd', 'training', 'exchange_network', 'tools', 'other');--> statement-breakpoint
CREATE TABLE "experience_fiches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"kind" "fiche_kind" NOT NULL,
	"title" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"edition_id" uuid,
	"cycle_id" uuid,
	"structure" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text,
	"texts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"figures" jsonb NOT NULL,
	"figures_computed_at" timestamp with time zone NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experience_fiches_network_id_key" UNIQUE("network_id","id"),
	CONSTRAINT "experience_fiches_period" CHECK ("experience_fiches"."period_end" >= "experience_fiches"."period_start")
);
--> statement-breakpoint
ALTER TABLE "experience_fiches" ADD CONSTRAINT "experience_fiches_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_fiches" ADD CONSTRAINT "experience_fiches_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_fiches" ADD CONSTRAINT "experience_fiches_edition_id_network_fk" FOREIGN KEY ("network_id","edition_id") REFERENCES "public"."serd_editions"("network_id","id") ON DELETE set null (edition_id) ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_fiches" ADD CONSTRAINT "experience_fiches_cycle_id_network_fk" FOREIGN KEY ("network_id","cycle_id") REFERENCES "public"."training_cycles"("network_id","id") ON DELETE set null (cycle_id) ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "experience_fiches_network_id_updated_at_index" ON "experience_fiches" USING btree ("network_id","updated_at");
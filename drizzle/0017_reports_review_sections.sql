CREATE TABLE "review_sections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"introduction" text DEFAULT '' NOT NULL,
	"highlights" text DEFAULT '' NOT NULL,
	"outlook" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_sections_network_year_key" UNIQUE("network_id","year"),
	CONSTRAINT "review_sections_year_check" CHECK ("review_sections"."year" between 1990 and 2100)
);
--> statement-breakpoint
ALTER TABLE "review_sections" ADD CONSTRAINT "review_sections_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_sections" ADD CONSTRAINT "review_sections_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
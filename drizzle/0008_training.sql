CREATE TYPE "public"."completion_rule" AS ENUM('every_module', 'hours_percent');--> statement-breakpoint
CREATE TYPE "public"."enrolment_status" AS ENUM('enrolled', 'waiting', 'requested', 'refused', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."training_cycle_status" AS ENUM('draft', 'open', 'running', 'closed');--> statement-breakpoint
CREATE TYPE "public"."training_session_kind" AS ENUM('theory', 'site_visit');--> statement-breakpoint
CREATE TABLE "training_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"objectives" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"capacity" integer,
	"completion_rule" "completion_rule" DEFAULT 'every_module' NOT NULL,
	"completion_percent" integer,
	"absence_threshold" integer DEFAULT 2 NOT NULL,
	"status" "training_cycle_status" DEFAULT 'draft' NOT NULL,
	"enrolment_token_hash" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_cycles_enrolmentTokenHash_unique" UNIQUE("enrolment_token_hash"),
	CONSTRAINT "training_cycles_network_id_key" UNIQUE("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"status" "enrolment_status" NOT NULL,
	"waiting_since" timestamp with time zone,
	"enrolled_at" timestamp with time zone,
	"attestation_code" text,
	"absence_alerted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_enrolments_attestationCode_unique" UNIQUE("attestation_code"),
	CONSTRAINT "training_enrolments_cycle_contact_key" UNIQUE("cycle_id","contact_id"),
	CONSTRAINT "training_enrolments_network_id_key" UNIQUE("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"theme" text NOT NULL,
	"objectives" text,
	"design_days" numeric(6, 2),
	"planned_hours" numeric(6, 2) NOT NULL,
	CONSTRAINT "training_modules_network_id_key" UNIQUE("network_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"network_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"kind" "training_session_kind" DEFAULT 'theory' NOT NULL,
	"trainer_id" uuid,
	"trainer_token_hash" text,
	"trainer_token_expires_at" timestamp with time zone,
	"trainer_signature" text,
	"trainer_signed_at" timestamp with time zone,
	CONSTRAINT "training_sessions_trainerTokenHash_unique" UNIQUE("trainer_token_hash")
);
--> statement-breakpoint
CREATE TABLE "training_trainers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"contact_id" uuid,
	"name" text NOT NULL,
	"email" text,
	CONSTRAINT "training_trainers_network_id_key" UNIQUE("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "training_cycles" ADD CONSTRAINT "training_cycles_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_cycles" ADD CONSTRAINT "training_cycles_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_cycle_id_network_fk" FOREIGN KEY ("network_id","cycle_id") REFERENCES "public"."training_cycles"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_contact_id_network_fk" FOREIGN KEY ("network_id","contact_id") REFERENCES "public"."contacts"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_cycle_id_network_fk" FOREIGN KEY ("network_id","cycle_id") REFERENCES "public"."training_cycles"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_event_id_network_fk" FOREIGN KEY ("network_id","event_id") REFERENCES "public"."events"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_module_id_network_fk" FOREIGN KEY ("network_id","module_id") REFERENCES "public"."training_modules"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_trainer_id_network_fk" FOREIGN KEY ("network_id","trainer_id") REFERENCES "public"."training_trainers"("network_id","id") ON DELETE set null (trainer_id) ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainers" ADD CONSTRAINT "training_trainers_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainers" ADD CONSTRAINT "training_trainers_cycle_id_network_fk" FOREIGN KEY ("network_id","cycle_id") REFERENCES "public"."training_cycles"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainers" ADD CONSTRAINT "training_trainers_contact_id_network_fk" FOREIGN KEY ("network_id","contact_id") REFERENCES "public"."contacts"("network_id","id") ON DELETE set null (contact_id) ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_cycles_network_id_starts_on_index" ON "training_cycles" USING btree ("network_id","starts_on");--> statement-breakpoint
CREATE INDEX "training_enrolments_cycle_id_status_index" ON "training_enrolments" USING btree ("cycle_id","status");--> statement-breakpoint
CREATE INDEX "training_modules_cycle_id_position_index" ON "training_modules" USING btree ("cycle_id","position");--> statement-breakpoint
CREATE INDEX "training_sessions_module_id_index" ON "training_sessions" USING btree ("module_id");--> statement-breakpoint
CREATE INDEX "training_trainers_cycle_id_index" ON "training_trainers" USING btree ("cycle_id");
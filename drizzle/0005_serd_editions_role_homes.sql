CREATE TABLE "serd_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"mailed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "last_sign_in_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "serd_digest" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "serd_editions" ADD COLUMN "results_due_on" date;--> statement-breakpoint
ALTER TABLE "serd_notifications" ADD CONSTRAINT "serd_notifications_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_notifications" ADD CONSTRAINT "serd_notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_notifications" ADD CONSTRAINT "serd_notifications_action_id_network_fk" FOREIGN KEY ("network_id","action_id") REFERENCES "public"."serd_actions"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "serd_notifications_network_id_user_id_read_at_index" ON "serd_notifications" USING btree ("network_id","user_id","read_at");
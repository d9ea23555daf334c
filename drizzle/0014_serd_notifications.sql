CREATE TABLE "serd_notification_settings" (
	"network_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"mail" text DEFAULT 'immediate' NOT NULL,
	"last_digest_at" timestamp with time zone,
	CONSTRAINT "serd_notification_settings_network_id_user_id_pk" PRIMARY KEY("network_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "serd_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"mailed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "serd_notification_settings" ADD CONSTRAINT "serd_notification_settings_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_notification_settings" ADD CONSTRAINT "serd_notification_settings_user_network_membership_fk" FOREIGN KEY ("user_id","network_id") REFERENCES "public"."memberships"("user_id","network_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_notifications" ADD CONSTRAINT "serd_notifications_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_notifications" ADD CONSTRAINT "serd_notifications_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_notifications" ADD CONSTRAINT "serd_notifications_action_id_network_fk" FOREIGN KEY ("network_id","action_id") REFERENCES "public"."serd_actions"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "serd_notifications" ADD CONSTRAINT "serd_notifications_user_network_membership_fk" FOREIGN KEY ("user_id","network_id") REFERENCES "public"."memberships"("user_id","network_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "serd_notifications_network_id_user_id_created_at_index" ON "serd_notifications" USING btree ("network_id","user_id","created_at");
CREATE TABLE "tool_item_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"alt" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tool_item_photos_network_id_key" UNIQUE("network_id","id")
);
--> statement-breakpoint
ALTER TABLE "tool_resource_attachments" DROP CONSTRAINT "tool_resource_attachments_one_target";--> statement-breakpoint
ALTER TABLE "tool_resource_attachments" ADD COLUMN "training_module_id" uuid;--> statement-breakpoint
ALTER TABLE "tool_item_photos" ADD CONSTRAINT "tool_item_photos_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_item_photos" ADD CONSTRAINT "tool_item_photos_item_id_network_fk" FOREIGN KEY ("network_id","item_id") REFERENCES "public"."tool_items"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tool_item_photos" ADD CONSTRAINT "tool_item_photos_file_id_network_fk" FOREIGN KEY ("network_id","file_id") REFERENCES "public"."stored_files"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tool_item_photos_item_id_position_index" ON "tool_item_photos" USING btree ("item_id","position");--> statement-breakpoint
ALTER TABLE "tool_resource_attachments" ADD CONSTRAINT "tool_resource_attachments_training_module_id_network_fk" FOREIGN KEY ("network_id","training_module_id") REFERENCES "public"."training_modules"("network_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tool_resource_attachments_training_module_id_index" ON "tool_resource_attachments" USING btree ("training_module_id");--> statement-breakpoint
ALTER TABLE "tool_resource_attachments" ADD CONSTRAINT "tool_resource_attachments_module_key" UNIQUE("resource_id","training_module_id");--> statement-breakpoint
ALTER TABLE "tool_resource_attachments" ADD CONSTRAINT "tool_resource_attachments_one_target" CHECK (num_nonnulls("tool_resource_attachments"."event_id", "tool_resource_attachments"."serd_action_id", "tool_resource_attachments"."training_module_id") = 1);
CREATE TYPE "public"."network_kind" AS ENUM('plp', 'ambassadors', 'exchange', 'internal');--> statement-breakpoint
ALTER TYPE "public"."actor_type" ADD VALUE 'epci' BEFORE 'internal_service';--> statement-breakpoint
ALTER TABLE "networks" ADD COLUMN "kind" "network_kind" DEFAULT 'plp' NOT NULL;
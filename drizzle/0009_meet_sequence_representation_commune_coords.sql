-- Hand edit: the last statement (UPDATE "events" SET "sequence" ...) was added by hand, see its comment.
ALTER TABLE "communes" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "communes" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "sequence" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "participations" ADD COLUMN "represented_by" text;--> statement-breakpoint
-- Hand-added (data only, no schema change): the SEQUENCE sent before this migration was the
-- seconds between created_at and updated_at; start the stored counter there so that calendar
-- clients holding an older copy never see the number go down.
UPDATE "events" SET "sequence" = GREATEST(0, FLOOR(EXTRACT(EPOCH FROM ("updated_at" - "created_at"))))::integer;

ALTER TYPE "public"."export_status" ADD VALUE 'cancelled';--> statement-breakpoint
CREATE TABLE "collection_parts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collection_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "collection_items" ADD COLUMN "part_id" uuid;--> statement-breakpoint
ALTER TABLE "collections" ADD COLUMN "credit" text DEFAULT 'The writers of Beautiful Handwritten Letters' NOT NULL;--> statement-breakpoint
ALTER TABLE "collections" ADD COLUMN "dedication" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "collections" ADD COLUMN "foreword" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "collections" ADD COLUMN "blurb" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "collections" ADD COLUMN "language" text DEFAULT 'en-US' NOT NULL;--> statement-breakpoint
ALTER TABLE "collections" ADD COLUMN "trim_size" text DEFAULT '6x9' NOT NULL;--> statement-breakpoint
ALTER TABLE "collections" ADD COLUMN "facsimiles" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "collections" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "exports" ADD COLUMN "preflight" jsonb;--> statement-breakpoint
ALTER TABLE "exports" ADD COLUMN "files" jsonb;--> statement-breakpoint
ALTER TABLE "exports" ADD COLUMN "started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "collection_parts" ADD CONSTRAINT "collection_parts_collection_id_collections_id_fk" FOREIGN KEY ("collection_id") REFERENCES "public"."collections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collection_parts_collection_idx" ON "collection_parts" USING btree ("collection_id");--> statement-breakpoint
ALTER TABLE "collection_items" ADD CONSTRAINT "collection_items_part_id_collection_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."collection_parts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exports" DROP COLUMN "file_path";
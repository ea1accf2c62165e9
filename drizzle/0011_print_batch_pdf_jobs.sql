ALTER TABLE "print_batches" ADD COLUMN "pdf_status" "export_status";--> statement-breakpoint
ALTER TABLE "print_batches" ADD COLUMN "pdf_progress" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "print_batches" ADD COLUMN "pdf_file" jsonb;--> statement-breakpoint
ALTER TABLE "print_batches" ADD COLUMN "pdf_error" text;--> statement-breakpoint
ALTER TABLE "print_batches" ADD COLUMN "pdf_started_at" timestamp with time zone;
CREATE TABLE "print_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" serial NOT NULL,
	"paper" text NOT NULL,
	"created_by_id" uuid,
	"printed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "print_batches_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "paper" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "date_line" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "print_batch_id" uuid;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "tracking_reference" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "return_address" jsonb;--> statement-breakpoint
ALTER TABLE "print_batches" ADD CONSTRAINT "print_batches_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "print_batches_created_idx" ON "print_batches" USING btree ("created_at","id");--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_print_batch_id_print_batches_id_fk" FOREIGN KEY ("print_batch_id") REFERENCES "public"."print_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "orders_print_queue_idx" ON "orders" USING btree ("created_at","id") WHERE "orders"."status" = 'approved' and "orders"."delivery" = 'mail' and "orders"."print_batch_id" is null;--> statement-breakpoint
CREATE INDEX "orders_print_batch_idx" ON "orders" USING btree ("print_batch_id","created_at","id");
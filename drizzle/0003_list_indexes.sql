DROP INDEX "orders_client_idx";--> statement-breakpoint
DROP INDEX "orders_writer_idx";--> statement-breakpoint
DROP INDEX "orders_status_idx";--> statement-breakpoint
DROP INDEX "orders_recipient_idx";--> statement-breakpoint
DROP INDEX "recipients_client_idx";--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "status_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Existing orders entered their status when the audit log last recorded it (else when last updated).
UPDATE "orders" SET "status_changed_at" = coalesce((SELECT max("a"."created_at") FROM "audit_log" "a" WHERE "a"."entity_type" = 'order' AND "a"."entity_id" = "orders"."id" AND "a"."to_status" = "orders"."status"::text), "orders"."updated_at");--> statement-breakpoint
CREATE INDEX "audit_log_order_recent_idx" ON "audit_log" USING btree ("created_at","action") WHERE "audit_log"."entity_type" = 'order';--> statement-breakpoint
CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "orders_created_idx" ON "orders" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "orders_client_created_idx" ON "orders" USING btree ("client_id","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_writer_created_idx" ON "orders" USING btree ("writer_id","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_status_created_idx" ON "orders" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_recipient_created_idx" ON "orders" USING btree ("recipient_id","created_at","id");--> statement-breakpoint
CREATE INDEX "orders_desk_idx" ON "orders" USING btree ("writer_id",coalesce("deadline", 'infinity'::date),"created_at","id") WHERE "orders"."status" in ('assigned', 'drafting', 'in_review', 'with_client', 'revision_requested');--> statement-breakpoint
CREATE INDEX "orders_pool_idx" ON "orders" USING btree (coalesce("deadline", 'infinity'::date),"created_at","id") WHERE "orders"."status" = 'paid' and "orders"."writer_id" is null;--> statement-breakpoint
CREATE INDEX "orders_in_review_idx" ON "orders" USING btree ("status_changed_at","id") WHERE "orders"."status" = 'in_review';--> statement-breakpoint
CREATE INDEX "orders_publishable_idx" ON "orders" USING btree ("updated_at","id") WHERE "orders"."status" in ('approved', 'printed', 'mailed', 'delivered');--> statement-breakpoint
CREATE INDEX "payments_created_idx" ON "payments" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "payments_status_created_idx" ON "payments" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "recipients_client_name_idx" ON "recipients" USING btree ("client_id","name","id");
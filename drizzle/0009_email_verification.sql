ALTER TYPE "public"."account_token_purpose" ADD VALUE 'email_verification';--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_verified_at" timestamp with time zone;--> statement-breakpoint
-- Accounts made before sign-up asked for confirmation (the demo accounts among them) keep signing in.
UPDATE "users" SET "email_verified_at" = "created_at" WHERE "email_verified_at" IS NULL;

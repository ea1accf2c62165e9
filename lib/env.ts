// Environment, validated once. Every service is optional: without it the app uses its embedded,
// clearly labelled default (see README "Embedded defaults").
import { z } from "zod";

const optional = z.string().trim().min(1).optional().catch(undefined);

const envSchema = z.object({
  DATABASE_URL: optional,
  PGLITE_DIR: optional,
  NEXTAUTH_SECRET: optional,
  NEXTAUTH_URL: optional,
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional,
  OPENAI_MODEL: z.string().trim().min(1).default("gpt-4o-mini"),
  STRIPE_SECRET_KEY: optional,
  STRIPE_WEBHOOK_SECRET: optional,
  SMTP_URL: optional,
  MAIL_FROM: z.string().default("Beautiful Handwritten Letters <letters@example.com>"),
  FILES_DIR: optional,
});

export type Env = z.infer<typeof envSchema>;

export function env(): Env {
  return envSchema.parse(process.env);
}

export type ServiceModes = {
  database: "postgres" | "pglite";
  ai: "openai" | "offline";
  payments: "stripe" | "offline";
  mail: "smtp" | "outbox";
};

export function serviceModes(e: Env = env()): ServiceModes {
  return {
    database: e.DATABASE_URL ? "postgres" : "pglite",
    ai: e.OPENAI_API_KEY ? "openai" : "offline",
    payments: e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET ? "stripe" : "offline",
    mail: e.SMTP_URL ? "smtp" : "outbox",
  };
}

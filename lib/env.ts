// Environment, validated once. Every service is optional: without it the app uses its embedded,
// clearly labelled default (see README "Embedded defaults").
import { z } from "zod";

const optional = z.string().trim().min(1).optional().catch(undefined);

const envSchema = z.object({
  DATABASE_URL: optional,
  PGLITE_DIR: optional,
  APP_URL: z.url({ protocol: /^https?$/ }).optional().catch(undefined),
  NEXTAUTH_SECRET: optional,
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: optional,
  OPENAI_MODEL: z.string().trim().min(1).default("gpt-4o-mini"),
  STRIPE_SECRET_KEY: optional,
  STRIPE_WEBHOOK_SECRET: optional,
  SMTP_URL: optional,
  MAIL_FROM: z.string().default("Beautiful Handwritten Letters <letters@example.com>"),
  FILES_DIR: optional,
  // How many reverse proxies in front of the app append to X-Forwarded-For (0: none, the socket's
  // address is the client). Anything unreadable counts as 0, the choice no header can fool.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).catch(0).default(0),
  // Admins must sign in with a code from an authenticator app as well as their password: an admin
  // without one is sent to set it up before anything else works.
  REQUIRE_ADMIN_TOTP: z.stringbool().default(false).catch(false),
  // S3-compatible storage for generated files (books, letters), shared by every app instance.
  S3_BUCKET: optional,
  S3_ENDPOINT: optional,
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: optional,
  S3_SECRET_ACCESS_KEY: optional,
  // Path-style addresses (endpoint/bucket/key), which MinIO, s3rver and most non-AWS services need.
  S3_FORCE_PATH_STYLE: z.stringbool().default(false).catch(false),
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
  files: "s3" | "folder";
};

export function serviceModes(e: Env = env()): ServiceModes {
  return {
    database: e.DATABASE_URL ? "postgres" : "pglite",
    ai: e.OPENAI_API_KEY ? "openai" : "offline",
    payments: e.STRIPE_SECRET_KEY && e.STRIPE_WEBHOOK_SECRET ? "stripe" : "offline",
    mail: e.SMTP_URL ? "smtp" : "outbox",
    files: e.S3_BUCKET ? "s3" : "folder",
  };
}

type HeaderSource = { get(name: string): string | null };

/**
 * The site's public address, without a trailing slash: the one setting behind sign-in, sign-out,
 * email links and Stripe's return addresses. Unset (a fresh machine), a request's own address is
 * used so a visitor at 127.0.0.1 stays there; work without a request (emails from jobs) falls back
 * to this server on localhost.
 */
export function appUrl(request?: HeaderSource, e: Env = env()): string {
  if (e.APP_URL) return e.APP_URL.replace(/\/+$/, "");
  const host = request?.get("x-forwarded-host") ?? request?.get("host");
  if (host) {
    const proto = request?.get("x-forwarded-proto") ?? (/^(localhost|127\.|\[::1\])/.test(host) ? "http" : "https");
    return `${proto}://${host}`;
  }
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

/** Said once at start when APP_URL is unset; README and .env.example use the same words. */
export function appUrlNotice(e: Env = env()): string | null {
  if (e.APP_URL) return null;
  return `APP_URL is not set: email links point at ${appUrl(undefined, e)} and pages keep the address the browser used. Set APP_URL to the site's public address.`;
}

// Every throttle in the app, kept by rate-limiter-flexible in the database (its Drizzle store on
// the rate_limits table), so all instances share the counts and a restart forgets nothing.
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "@/lib/db/client";
import { rateLimits } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

type Limit = { points: number; duration: number; refusal: string };

export const limits = {
  // Sign-in failures are counted per address (any account) and per account *from that address*:
  // a guesser is stopped without locking the owner, who signs in from elsewhere, out.
  signInAddress: { points: 50, duration: 15 * 60, refusal: "Too many failed sign-ins from your network." },
  signInAccount: { points: 10, duration: 15 * 60, refusal: "Too many failed sign-ins to this account from your network." },
  signUpAddress: { points: 20, duration: 60 * 60, refusal: "Too many new accounts from your network in a short time." },
  resetAddress: { points: 5, duration: 15 * 60, refusal: "Too many password reset requests from your network." },
  // Per account, refused silently (no email sent) so the answer never reveals an account.
  resetAccount: { points: 3, duration: 60 * 60, refusal: "Too many password reset emails for this account." },
  // Emails about signing up (the confirmation link, "someone tried your address") to one account,
  // from sign-up and "send the link again": past it nothing is sent, silently, as for resets.
  signUpAccount: { points: 3, duration: 60 * 60, refusal: "Too many sign-up emails for this account." },
  resendAddress: { points: 5, duration: 15 * 60, refusal: "Too many requests for a new confirmation link from your network." },
  // Wrong two-step codes per account, from any address: after the password, a code is all that
  // stands between a guesser and the account, so guesses spread over many addresses still stop.
  twoStepAccount: { points: 10, duration: 15 * 60, refusal: "Too many wrong codes for this account." },
  // Costly work, per signed-in person.
  proofread: { points: 60, duration: 60, refusal: "You have checked letters very often in the last minute." },
  ai: { points: 20, duration: 60, refusal: "You have asked the assistant very often in the last minute." },
  render: { points: 30, duration: 60, refusal: "You have rendered letters very often in the last minute." },
} as const satisfies Record<string, Limit>;

export type LimitName = keyof typeof limits;

const limiters = new WeakMap<Db, Map<LimitName, RateLimiterDrizzle>>();

function limiter(db: Db, name: LimitName): RateLimiterDrizzle {
  let byName = limiters.get(db);
  if (!byName) limiters.set(db, (byName = new Map()));
  let found = byName.get(name);
  if (!found) {
    const { points, duration } = limits[name];
    found = new RateLimiterDrizzle({ storeClient: db, schema: rateLimits, keyPrefix: name, points, duration });
    byName.set(name, found);
  }
  return found;
}

/** "in 40 seconds", "in 1 minute", "in 12 minutes": the wait as a person would say it. */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

function refused(name: LimitName, msBeforeNext: number): AppError {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError("RATE_LIMITED", `${limits[name].refusal} Please try again in ${waitInWords(seconds)}.`, undefined, seconds);
}

/** The refusal to give if `subject` has used up this limit, else null; uses nothing up. */
export async function checkLimit(db: Db, name: LimitName, subject: string): Promise<AppError | null> {
  const res = await limiter(db, name).get(subject);
  return res && res.consumedPoints >= limits[name].points ? refused(name, res.msBeforeNext) : null;
}

/** Counts one attempt (a failure, a request) against the limit. */
export async function countAttempt(db: Db, name: LimitName, subject: string): Promise<void> {
  await limiter(db, name).penalty(subject, 1);
}

/** Forgets the count, e.g. after a successful sign-in. */
export async function clearLimit(db: Db, name: LimitName, subject: string): Promise<void> {
  await limiter(db, name).delete(subject);
}

/** Counts one attempt and throws a RATE_LIMITED AppError (HTTP 429) once the limit is passed. */
export async function consumeLimit(db: Db, name: LimitName, subject: string): Promise<void> {
  try {
    await limiter(db, name).consume(subject);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw refused(name, rejection.msBeforeNext);
    throw rejection;
  }
}

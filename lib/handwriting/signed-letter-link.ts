import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";
import type { LetterUse } from "./get-letter-for-download";

const DAYS_VALID = 30;
const HOUR = 3600;

const signature = (subject: string, expires: number) => createHmac("sha256", authSecret()).update(`${subject}:${expires}`).digest("base64url");

function sign(subject: string, expires: number): string {
  return `${expires}.${signature(subject, expires)}`;
}

function verify(subject: string, token: string, now: Date): boolean {
  const [expiresText, given] = token.split(".");
  const expires = Number(expiresText);
  if (!Number.isInteger(expires) || !given || expires < now.getTime() / 1000) return false;
  const expected = Buffer.from(signature(subject, expires));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

// What a token opens is part of what is signed: a picture's token never opens the PDF.
const purposes: Record<LetterUse, string> = { download: "letter.pdf", "first page": "first-page.png" };

/** A token for an emailed link to a letter (its PDF, or a picture of its first page): it names the order and expires. */
export function signLetterLink(orderId: string, now = new Date(), use: LetterUse = "download"): string {
  return sign(`${purposes[use]}:${orderId}`, Math.floor(now.getTime() / 1000) + DAYS_VALID * 86_400);
}

/** Whether the token was signed by us for this order and this use, and has not expired. */
export function verifyLetterLink(orderId: string, token: string, now = new Date(), use: LetterUse = "download"): boolean {
  return verify(`${purposes[use]}:${orderId}`, token, now);
}

/**
 * A token that lets one person load the handwritten pages of one letter version, given by a page
 * that has just checked they may read it. It expires at the end of the next full hour, so the
 * page's URL for the pages stays the same (and cached by the browser) within an hour.
 */
export function signLetterView(versionId: string, userId: string, now = new Date()): string {
  const expires = (Math.floor(now.getTime() / 1000 / HOUR) + 2) * HOUR;
  return sign(`letter.view:${versionId}:${userId}`, expires);
}

/** Whether the token was given to this person for this version and has not expired. */
export function verifyLetterView(versionId: string, userId: string, token: string, now = new Date()): boolean {
  return verify(`letter.view:${versionId}:${userId}`, token, now);
}

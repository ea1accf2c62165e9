import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

const DAYS_VALID = 30;
const signature = (orderId: string, expires: number) => createHmac("sha256", authSecret()).update(`letter.pdf:${orderId}:${expires}`).digest("base64url");

/** A token for the emailed download link of a delivered letter: it names the order and expires. */
export function signLetterLink(orderId: string, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + DAYS_VALID * 86_400;
  return `${expires}.${signature(orderId, expires)}`;
}

/** Whether the token was signed by us for this order and has not expired. */
export function verifyLetterLink(orderId: string, token: string, now = new Date()): boolean {
  const [expiresText, given] = token.split(".");
  const expires = Number(expiresText);
  if (!Number.isInteger(expires) || !given || expires < now.getTime() / 1000) return false;
  const expected = Buffer.from(signature(orderId, expires));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

// Time-based one-time codes (RFC 6238, what every authenticator app speaks) through otpauth, and
// the recovery codes that stand in for a lost phone. Pure functions: storage is in lib/accounts.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { authSecret } from "./secret";

const ISSUER = "Beautiful Handwritten Letters";
const PERIOD = 30;
/** One step either side of now: a phone clock up to about 30 s off still works, and no more. */
export const TOTP_WINDOW = 1;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, label = ""): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, email: string): string {
  return totp(secretBase32, email).toString();
}

/** The QR code of that address as an SVG data URL, drawn on the server (no third-party image service). */
export async function totpQrDataUrl(secretBase32: string, email: string): Promise<string> {
  const svg = await QRCode.toString(totpUri(secretBase32, email), { type: "svg", margin: 2, errorCorrectionLevel: "M", color: { dark: "#1f2a52", light: "#ffffff" } });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** The code an app shows at this moment (tests, and the e2e journey, act as the phone). */
export function totpCode(secretBase32: string, at = Date.now()): string {
  return totp(secretBase32).generate({ timestamp: at });
}

/**
 * The time step a code belongs to when it is right for now (within TOTP_WINDOW) and newer than
 * `lastStep`, the step of the last code accepted; otherwise null. Refusing a step already used
 * stops a code seen over someone's shoulder from working a second time.
 */
export function acceptedTotpStep(secretBase32: string, code: string, lastStep: number | null, at = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secretBase32).validate({ token: code, timestamp: at, window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = Math.floor(at / 1000 / PERIOD) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** A code as people type it: spaces and dashes dropped, letters lower-cased. */
export function normaliseCode(raw: string): string {
  return raw.replace(/[\s-]+/g, "").toLowerCase();
}

export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i to misread

/** Ten single-use codes like "k7mq-x3pa-2h": 50 random bits each, shown once, stored hashed. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/** Recovery codes are random, not chosen by people, so a fast hash is enough to make a stolen table useless. */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(normaliseCode(code)).digest("hex");
}

// The secret is kept encrypted (AES-256-GCM, key derived from the app's secret), so a copy of the
// database alone cannot make codes.
function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "", "bhl totp secret", 32));
}

export function sealTotpSecret(secretBase32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(secretBase32, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), body].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function openTotpSecret(sealed: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== "v1") throw new Error("unknown sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

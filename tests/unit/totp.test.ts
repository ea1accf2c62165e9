import { describe, expect, it } from "vitest";
import {
  acceptedTotpStep,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  openTotpSecret,
  sealTotpSecret,
  totpCode,
  totpQrDataUrl,
  totpUri,
} from "@/lib/auth/totp";

const secret = newTotpSecret();
const now = Date.UTC(2026, 10, 28, 1, 0, 10); // 10 s into a 30 s step
const step = Math.floor(now / 30_000);

describe("two-step codes", () => {
  it("accepts the code of this step and of one step either side, and nothing further", () => {
    expect(acceptedTotpStep(secret, totpCode(secret, now), null, now)).toBe(step);
    expect(acceptedTotpStep(secret, totpCode(secret, now - 30_000), null, now)).toBe(step - 1);
    expect(acceptedTotpStep(secret, totpCode(secret, now + 30_000), null, now)).toBe(step + 1);
    expect(acceptedTotpStep(secret, totpCode(secret, now - 60_000), null, now)).toBeNull();
    expect(acceptedTotpStep(secret, totpCode(secret, now + 60_000), null, now)).toBeNull();
  });

  it("refuses a code whose step was already used, and anything that is not six digits", () => {
    const code = totpCode(secret, now);
    expect(acceptedTotpStep(secret, code, step, now)).toBeNull(); // the same code again
    expect(acceptedTotpStep(secret, totpCode(secret, now - 30_000), step, now)).toBeNull(); // an older one
    expect(acceptedTotpStep(secret, totpCode(secret, now + 30_000), step, now)).toBe(step + 1);
    for (const odd of ["", "12345", "1234567", "abcdef", `${code} `]) expect(acceptedTotpStep(secret, odd, null, now)).toBeNull();
    expect(acceptedTotpStep(newTotpSecret(), code, null, now)).toBeNull(); // another account's secret
  });

  it("gives authenticator apps a standard otpauth address and a QR code of it", async () => {
    expect(totpUri(secret, "wren@example.com")).toMatch(new RegExp(`^otpauth://totp/Beautiful%20Handwritten%20Letters:wren%40example\\.com\\?.*secret=${secret}`));
    const svg = Buffer.from((await totpQrDataUrl(secret, "wren@example.com")).replace(/^data:image\/svg\+xml;base64,/, ""), "base64").toString();
    expect(svg).toMatch(/^<svg[^>]*viewBox/);
  });

  it("keeps the secret sealed, and recovery codes only as hashes that ignore how they are typed", () => {
    const sealed = sealTotpSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(openTotpSecret(sealed)).toBe(secret);
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}$/);
    expect(hashRecoveryCode(codes[0].toUpperCase().replace(/-/g, " "))).toBe(hashRecoveryCode(codes[0]));
  });
});

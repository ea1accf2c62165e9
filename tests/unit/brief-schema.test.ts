import { describe, expect, it } from "vitest";
import { briefSchema } from "@/lib/orders/brief";

const valid = {
  recipientId: "6d5d8a27-0d39-4b73-a170-15f78a13e825",
  occasion: "birthday",
  relationship: "My mother",
  tone: "Warm",
  length: "letter",
  memories: ["The lake", "  ", "Lemon cake"],
  signOff: "With all my love, Clara",
  delivery: "pdf",
};

const messages = (input: Record<string, unknown>) => {
  const result = briefSchema.safeParse(input);
  // Every message per field, joined: a field must never get two contradicting messages.
  const out: Record<string, string> = {};
  for (const i of result.success ? [] : result.error.issues) {
    const key = String(i.path[0]);
    out[key] = out[key] ? `${out[key]} | ${i.message}` : i.message;
  }
  return out;
};

describe("brief schema", () => {
  it("accepts a brief, drops empty memories and fills the defaults", () => {
    expect(briefSchema.parse(valid)).toMatchObject({
      memories: ["The lake", "Lemon cake"],
      deadline: null,
      handwritingStyle: "caveat",
      inkColour: "navy",
      stationery: "cream",
    });
  });

  it("leaves the variety of English to the recipient's country unless the client chose one", () => {
    expect(briefSchema.parse(valid).englishVariety).toBeUndefined();
    expect(briefSchema.parse({ ...valid, englishVariety: "en-AU" }).englishVariety).toBe("en-AU");
    expect(briefSchema.safeParse({ ...valid, englishVariety: "en-XX" }).success).toBe(false);
  });

  it("takes a single memory, or none at all", () => {
    expect(briefSchema.parse({ ...valid, memories: "Only one" }).memories).toEqual(["Only one"]);
    const { memories: _, ...none } = valid;
    void _;
    expect(briefSchema.parse(none).memories).toEqual([]);
  });

  it("says clearly what is missing", () => {
    expect(messages({ ...valid, recipientId: "" })).toEqual({ recipientId: "Choose who the letter is for." });
    expect(messages({ ...valid, occasion: "wedding" })).toEqual({ occasion: "Choose the occasion." });
    expect(messages({ ...valid, relationship: " " })).toEqual({ relationship: "Tell us how you know them." });
    expect(messages({ ...valid, signOff: "" })).toEqual({ signOff: "Tell us how the letter should be signed." });
    expect(messages({ ...valid, delivery: "pigeon" })).toEqual({ delivery: "Choose how it should arrive." });
    expect(messages({ ...valid, deadline: "14/02/2027" })).toEqual({ deadline: "Use a date like 2027-02-14." });
    expect(messages({ ...valid, deadline: "2001-01-01" })).toEqual({ deadline: "The deadline is in the past." });
    expect(messages({ ...valid, memories: Array(13).fill("A memory") })).toEqual({ memories: "Up to twelve memories, please." });
    expect(messages({ ...valid, mustAvoid: "x".repeat(1501) })).toEqual({ mustAvoid: "Please keep this under 1500 characters." });
  });

  it("lets no price, status or owner in from the form", () => {
    for (const key of ["priceCents", "status", "clientId"]) {
      expect(briefSchema.safeParse({ ...valid, [key]: "x" }).success).toBe(false);
    }
  });
});

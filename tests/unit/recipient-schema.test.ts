import { describe, expect, it } from "vitest";
import { recipientFormSchema, recipientSchema } from "@/lib/recipients/recipient-schema";

const messages = (input: unknown) => {
  const result = recipientSchema.safeParse(input);
  // Every message per field, joined: a field must never get two contradicting messages.
  const out: Record<string, string> = {};
  for (const i of result.success ? [] : result.error.issues) {
    const key = String(i.path[0]);
    out[key] = out[key] ? `${out[key]} | ${i.message}` : i.message;
  }
  return out;
};

describe("recipient schema", () => {
  it("needs only a name, and defaults the country to the United States", () => {
    const parsed = recipientSchema.parse({ name: "  Tom Okafor " });
    expect(parsed).toMatchObject({ name: "Tom Okafor", country: "US", birthday: null, addressLine1: "" });
  });

  it("explains what is wrong in words a person understands", () => {
    expect(messages({ name: "" })).toEqual({ name: "Tell us the recipient's name." });
    expect(messages({})).toEqual({ name: "Tell us the recipient's name." });
    expect(messages({ name: "Tom", country: "XX" })).toEqual({ country: "Choose a country from the list." });
    expect(messages({ name: "Tom", birthday: "14/03/1958" })).toEqual({ birthday: "Use a date like 1958-03-14." });
    expect(messages({ name: "Tom", birthday: "99/99/9999" })).toEqual({ birthday: "Use a date like 1958-03-14." });
    expect(messages({ name: "Tom", birthday: "2999-01-01" })).toEqual({ birthday: "The birthday is in the future." });
    expect(messages({ name: "Tom", notes: "x".repeat(2001) })).toEqual({ notes: "Please keep this under 2000 characters." });
  });

  it("refuses half an address", () => {
    expect(messages({ name: "Tom", city: "Leeds" })).toEqual({
      addressLine1: "Add the first line of the address, or clear the other address fields.",
    });
    expect(messages({ name: "Tom", addressLine1: "1 Main St" })).toEqual({ city: "Add the city for this address." });
  });

  it("accepts lower-case country codes", () => {
    expect(recipientSchema.parse({ name: "Tom", country: "gb" }).country).toBe("GB");
  });

  it("lets no unknown field through, such as an owner", () => {
    expect(recipientSchema.safeParse({ name: "Tom", clientId: "someone" }).success).toBe(false);
    expect(recipientFormSchema.safeParse({ name: "Tom", clientId: "someone" }).success).toBe(false);
    expect(recipientFormSchema.safeParse({ name: "Tom", returnTo: "new-order" }).success).toBe(true);
    expect(recipientFormSchema.safeParse({ name: "Tom", returnTo: "https://evil.example" }).success).toBe(false);
  });
});

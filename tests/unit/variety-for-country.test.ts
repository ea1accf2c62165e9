import { describe, expect, it } from "vitest";
import { varietyForCountry } from "@/lib/orders/variety-for-country";

describe("varietyForCountry", () => {
  it("writes to each country in the English it reads", () => {
    expect(["US", "GB", "IE", "CA", "AU", "NZ", "IN", "DE"].map(varietyForCountry)).toEqual([
      "en-US", "en-GB", "en-GB", "en-CA", "en-AU", "en-AU", "en-GB", "en-GB",
    ]);
    expect(varietyForCountry(" gb ")).toBe("en-GB");
  });

  it("falls back to American English when the address has no country", () => {
    expect(varietyForCountry("")).toBe("en-US");
    expect(varietyForCountry(null)).toBe("en-US");
  });
});

import { expect, it } from "vitest";
import { letterTitle } from "@/lib/payments/letter-title";

it("names letters naturally on receipts, payment lists and emails", () => {
  expect(letterTitle({ occasion: "birthday" }, "Margaret")).toBe("Birthday letter for Margaret");
  expect(letterTitle({ occasion: "love" })).toBe("Love letter");
  expect(letterTitle({ occasion: "other" }, "Tom")).toBe("Letter for Tom");
  expect(letterTitle({ occasion: "thanks" })).toBe("Thank you letter");
});

import { describe, expect, it } from "vitest";
import { redactLetter } from "@/lib/books/redact-letter";

const people = {
  recipient: { name: "Margaret Bennett", addressLine1: "14 Willow Lane", addressLine2: "", postalCode: "97205" },
  clientName: "Clara Bennett",
};

describe("redactLetter", () => {
  it("turns surnames into initials and keeps first names", () => {
    expect(redactLetter("Dear Margaret Bennett, the Bennetts' house and Mrs Bennett's cake.", people)).toBe(
      "Dear Margaret B., the Bennetts' house and Mrs B.'s cake.",
    );
  });

  it("hides the street address and postcode wherever they appear, in any case", () => {
    const text = "I still picture 14 willow lane, Portland 97205, in the snow.";
    expect(redactLetter(text, people)).toBe("I still picture …, Portland …, in the snow.");
  });

  it("hides the client's surname too, and leaves a letter without names alone", () => {
    expect(redactLetter("With love, Clara Bennett", people)).toBe("With love, Clara B.");
    expect(redactLetter("Happy birthday!", people)).toBe("Happy birthday!");
  });

  it("handles names with accents and one-word names", () => {
    expect(redactLetter("Dear Zoë Łukasiewicz,", { recipient: { name: "Zoë Łukasiewicz" } })).toBe("Dear Zoë Ł.,");
    expect(redactLetter("Dear Cher,", { recipient: { name: "Cher" } })).toBe("Dear Cher,");
  });
});

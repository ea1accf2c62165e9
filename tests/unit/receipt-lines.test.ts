import { describe, expect, it } from "vitest";
import { receiptLines } from "@/lib/payments/receipt-lines";

const placed = new Date("2026-03-01T10:00:00Z");

describe("receipt lines", () => {
  it("itemises the letter, posting and a rush, with a subtotal, a zero tax line and the total paid", () => {
    const order = { length: "letter" as const, delivery: "mail" as const, deadline: "2026-03-03", createdAt: placed };
    expect(receiptLines(order, { amountCents: 5900 + 800 + 2500, purpose: "order" }, "Birthday letter")).toEqual({
      lines: [
        { label: "Letter, written for you", cents: 5900 },
        { label: "Printed on stationery and mailed", cents: 800 },
        { label: "Rush: ready within 5 days", cents: 2500 },
      ],
      subtotalCents: 9200,
      taxCents: 0,
      totalCents: 9200,
    });
  });

  it("shows one line when today's prices no longer add up to what was paid, and names an extra round as such", () => {
    const order = { length: "note" as const, delivery: "pdf" as const, deadline: null, createdAt: placed };
    expect(receiptLines(order, { amountCents: 1999, purpose: "order" }, "Thank-you note").lines).toEqual([{ label: "Thank-you note", cents: 1999 }]);
    expect(receiptLines(order, { amountCents: 1500, purpose: "extra_revision" }, "Thank-you note")).toMatchObject({
      lines: [{ label: "Another round of changes", cents: 1500 }],
      totalCents: 1500,
    });
  });
});

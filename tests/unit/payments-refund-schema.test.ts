import { describe, expect, it } from "vitest";
import { refundSchema } from "@/lib/payments/refund-payment";

const paymentId = "0b6f7c1e-4a51-4d8e-9c0e-2f1f3b7a9d10";

describe("refund form input", () => {
  it("reads amounts in dollars and cents exactly", () => {
    for (const [typed, cents] of [["12.50", 1250], ["12.5", 1250], ["12", 1200], ["19.99", 1999], ["0.29", 29], [" 59.00 ", 5900]] as const) {
      expect(refundSchema.parse({ paymentId, amount: typed }).amount).toBe(cents);
    }
  });

  it("refuses amounts that are not plain money, and fields it does not know", () => {
    for (const typed of ["", "abc", "-5", "1.234", "1,000", "1e3"]) {
      expect(refundSchema.safeParse({ paymentId, amount: typed }).success).toBe(false);
    }
    expect(refundSchema.safeParse({ paymentId, amount: "5", status: "refunded" }).success).toBe(false);
    expect(refundSchema.safeParse({ paymentId: "not-an-id", amount: "5" }).success).toBe(false);
  });
});

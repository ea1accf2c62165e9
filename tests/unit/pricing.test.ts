import { describe, expect, it } from "vitest";
import { formatMoney, isRush, quote } from "@/lib/orders/pricing";

describe("pricing", () => {
  const today = new Date("2026-11-24T12:00:00Z");
  it("prices by length and adds mailing", () => {
    expect(quote({ length: "note", delivery: "pdf" }, today).totalCents).toBe(2900);
    expect(quote({ length: "long_letter", delivery: "mail" }, today).totalCents).toBe(9900 + 800);
  });
  it("adds a rush fee for deadlines within five days, not beyond", () => {
    expect(isRush("2026-11-28", today)).toBe(true);
    expect(isRush("2026-11-29", today)).toBe(false);
    expect(quote({ length: "letter", delivery: "pdf", deadline: "2026-11-25" }, today).lines.map((l) => l.label)).toContain("Rush: ready within 5 days");
  });
  it("formats money for people", () => {
    expect(formatMoney(5900)).toBe("$59.00");
  });
});

import { describe, expect, it } from "vitest";
import { daysInPost, expectedDates } from "@/lib/orders/expected-dates";

const at = (day: string) => new Date(`${day}T12:00:00Z`);
const order = (over: Partial<Parameters<typeof expectedDates>[0]> = {}) => ({
  status: "paid" as const,
  delivery: "mail" as const,
  deadline: null,
  createdAt: at("2026-03-01"),
  statusChangedAt: at("2026-03-01"),
  country: "US",
  ...over,
});

describe("expected dates", () => {
  it("plans a paid letter by post: written, read through, approved by you, written out, posted, arriving in a range", () => {
    const e = expectedDates(order({ deadline: "2026-03-20" }), at("2026-03-01"))!;
    expect(e.steps.map((s) => [s.key, s.state, s.by])).toEqual([
      ["writing", "now", "2026-03-05"],
      ["review", "next", "2026-03-06"],
      ["reading", "next", null],
      ["printing", "next", "2026-03-08"],
      ["posting", "next", "2026-03-09"],
      ["arrival", "next", "2026-03-12"],
    ]);
    expect(e.finish).toEqual({ label: "Expected to arrive", soonest: "2026-03-12", latest: "2026-03-14" });
    expect(e.late).toBe(false);
  });

  it("writes a rush letter sooner, and says so when even that arrives after the deadline", () => {
    const e = expectedDates(order({ deadline: "2026-03-04" }), at("2026-03-01"))!;
    expect(e.steps[0].by).toBe("2026-03-03");
    expect(e.late).toBe(true);
  });

  it("takes the post's time from the recipient's country", () => {
    expect(daysInPost("US")).toEqual([3, 5]);
    expect(daysInPost("FR")).toEqual([7, 14]);
    expect(daysInPost("JP")).toEqual([10, 21]);
    const abroad = expectedDates(order({ country: "JP" }), at("2026-03-01"))!;
    expect(abroad.finish).toMatchObject({ soonest: "2026-03-19", latest: "2026-03-30" });
  });

  it("stays honest as the order moves: a step running late moves every date after it, never into the past", () => {
    // Written since 1 March, still not done on 10 March: expected today, the rest follows from it.
    const e = expectedDates(order({ status: "drafting" }), at("2026-03-10"))!;
    expect(e.steps[0]).toMatchObject({ state: "now", by: "2026-03-10" });
    expect(e.finish).toMatchObject({ soonest: "2026-03-17" });
  });

  it("waits for the client while they read, and counts the rest from the day they approve", () => {
    const e = expectedDates(order({ status: "with_client", statusChangedAt: at("2026-03-05") }), at("2026-03-08"))!;
    expect(e.waitingForClient).toBe(true);
    expect(e.steps.slice(0, 3).map((s) => s.state)).toEqual(["done", "done", "now"]);
    expect(e.steps[3]).toMatchObject({ key: "printing", by: "2026-03-10" });
  });

  it("a PDF letter is ready when approved; a delivered one and unpaid or cancelled ones have nothing to expect", () => {
    const pdf = expectedDates(order({ delivery: "pdf", status: "in_review", statusChangedAt: at("2026-03-04") }), at("2026-03-04"))!;
    expect(pdf.steps.map((s) => s.key)).toEqual(["writing", "review", "reading", "pdf"]);
    expect(pdf.finish).toEqual({ label: "Expected ready to download", soonest: "2026-03-05", latest: "2026-03-05" });
    const approved = expectedDates(order({ delivery: "pdf", status: "approved", statusChangedAt: at("2026-03-06") }), at("2026-03-06"))!;
    expect(approved.finish).toMatchObject({ soonest: "2026-03-06" });
    expect(expectedDates(order({ delivery: "pdf", status: "delivered" }))!.finish).toBeNull();
    for (const status of ["draft", "cancelled", "refunded"] as const) expect(expectedDates(order({ status }))).toBeNull();
  });

  it("once mailed, expects arrival from the day it was posted", () => {
    const e = expectedDates(order({ status: "mailed", statusChangedAt: at("2026-03-09") }), at("2026-03-10"))!;
    expect(e.finish).toEqual({ label: "Expected to arrive", soonest: "2026-03-12", latest: "2026-03-14" });
  });
});

import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import type { Order } from "@/lib/db/schema";
import { availableEvents, SYSTEM, transitions } from "@/lib/orders/state-machine";

const client: Actor = { id: "c1", role: "client", name: "C", email: "c@x" };
const writer: Actor = { id: "w1", role: "writer", name: "W", email: "w@x" };
const editor: Actor = { id: "e1", role: "editor", name: "E", email: "e@x" };
const admin: Actor = { id: "a1", role: "admin", name: "A", email: "a@x" };
const order = (o: Partial<Order>) =>
  ({ status: "draft", clientId: "c1", writerId: null, revisionRoundsIncluded: 2, revisionRoundsUsed: 0, delivery: "pdf", ...o }) as Order;

describe("order state machine table", () => {
  it("lets only the system mark an order paid", () => {
    expect(availableEvents(order({}), SYSTEM)).toContain("pay");
    expect(availableEvents(order({}), client)).toEqual(["cancel"]);
    expect(availableEvents(order({}), admin)).toEqual(["cancel"]);
  });
  it("offers the writer the claim only while unassigned, and review steps only to staff", () => {
    expect(availableEvents(order({ status: "paid" }), writer)).toEqual(["claim"]);
    expect(availableEvents(order({ status: "drafting", writerId: "w1" }), writer)).toEqual(["submit_for_review"]);
    expect(availableEvents(order({ status: "drafting", writerId: "w2" }), writer)).toEqual([]);
    expect(availableEvents(order({ status: "in_review" }), editor)).toEqual(["return_to_writer", "send_to_client"]);
  });
  it("lets only the owning client approve or ask for changes, within the included rounds", () => {
    expect(availableEvents(order({ status: "with_client" }), client)).toEqual(["request_revision", "approve"]);
    expect(availableEvents(order({ status: "with_client", clientId: "c2" }), client)).toEqual([]);
    expect(availableEvents(order({ status: "with_client", revisionRoundsUsed: 2 }), client)).toEqual(["approve"]);
  });
  it("lets the client undo an approval until our team starts on the letter", () => {
    expect(availableEvents(order({ status: "approved" }), client)).toEqual(["undo_approval"]);
    expect(availableEvents(order({ status: "approved", clientId: "c2" }), client)).toEqual([]);
    expect(availableEvents(order({ status: "printed" }), client)).toEqual([]);
  });
  it("routes fulfilment by delivery: printed and mailed, or delivered as a PDF", () => {
    expect(availableEvents(order({ status: "approved", delivery: "mail" }), admin)).toEqual(["mark_printed", "refund"]);
    expect(availableEvents(order({ status: "approved", delivery: "pdf" }), admin)).toEqual(["mark_delivered", "refund"]);
    expect(availableEvents(order({ status: "printed", delivery: "mail" }), admin)).toEqual(["mark_mailed", "refund"]);
  });
  it("never leaves a final state except to refund a delivered letter", () => {
    for (const status of ["mailed", "delivered"] as const) {
      for (const actor of [client, writer, editor]) expect(availableEvents(order({ status }), actor)).toEqual([]);
      expect(availableEvents(order({ status }), admin)).toEqual(["refund"]);
    }
    for (const actor of [client, writer, editor, admin, SYSTEM]) expect(availableEvents(order({ status: "refunded" }), actor)).toEqual([]);
    expect(Object.values(transitions).every((t) => !(t.from as readonly string[]).includes("refunded"))).toBe(true);
  });
});

import Stripe from "stripe";
import { afterEach, expect, it, vi } from "vitest";
import { POST } from "@/app/api/stripe/webhook/route";
import { signedEvent, WEBHOOK_SECRET } from "../fixtures/fake-stripe";

// The handler fails as a database outage would: the route must answer 500 so Stripe retries.
vi.mock("@/lib/payments/handle-stripe-event", () => ({
  handleStripeEvent: async () => {
    throw new Error("connection lost");
  },
}));
vi.mock("@/lib/db/client", () => ({ getDb: async () => ({}) }));

afterEach(() => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_WEBHOOK_SECRET;
});

const stripe = new Stripe("sk_test_fake");
const deliver = (delivery: { payload: string; signature: string }) =>
  POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", headers: { "stripe-signature": delivery.signature }, body: delivery.payload }));

it("answers 500 when applying a verified event fails, so Stripe delivers it again", async () => {
  process.env.STRIPE_SECRET_KEY = "sk_test_fake";
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  const res = await deliver(signedEvent(stripe, "checkout.session.completed", { id: "cs_test_1", object: "checkout.session" }));
  expect(res.status).toBe(500);
  expect(errors).toHaveBeenCalledWith("stripe webhook failed", expect.objectContaining({ type: "checkout.session.completed" }));
});

it("does not exist in offline payment mode", async () => {
  delete process.env.STRIPE_SECRET_KEY;
  const res = await deliver(signedEvent(stripe, "checkout.session.completed", { id: "cs_test_1", object: "checkout.session" }));
  expect(res.status).toBe(404);
});

import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { refundPaymentAction } from "@/app/(admin)/admin/payments/actions";
import type { Db } from "@/lib/db/client";
import { auditLog, orders, payments, refunds } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { placeOrder } from "@/lib/orders/place-order";
import { createCheckoutSession } from "@/lib/payments/create-checkout-session";
import { fulfilCheckout } from "@/lib/payments/fulfil-checkout";
import { handleStripeEvent } from "@/lib/payments/handle-stripe-event";
import { listPayments } from "@/lib/payments/list-payments";
import { refundPayment } from "@/lib/payments/refund-payment";
import { checkoutSession, fakeId, startFakeStripe, serveCheckoutSessions } from "../fixtures/fake-stripe";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

let fake: Awaited<ReturnType<typeof startFakeStripe>>;
const refundedSoFar = new Map<string, number>();

beforeAll(async () => {
  fake = await startFakeStripe();
  serveCheckoutSessions(fake);
  fake.on((r) => {
    if (r.method !== "POST" || r.path !== "/v1/refunds") return undefined;
    const pi = r.form.get("payment_intent")!;
    const amount = Number(r.form.get("amount"));
    const total = (refundedSoFar.get(pi) ?? 0) + amount;
    refundedSoFar.set(pi, total);
    return { body: { id: fakeId("re"), object: "refund", amount, payment_intent: pi, charge: { id: `ch_${pi}`, object: "charge", amount_refunded: total } } };
  });
});
afterAll(() => fake.close());

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describeWithDatabase("refunds", (ctx) => {
  async function paidByCard(db: Db) {
    const cast = await makeCast(db);
    const order = await placeOrder(db, cast.client, cast.brief());
    await createCheckoutSession(db, fake.stripe, cast.client, order.id, "http://x");
    const [pending] = await db.select().from(payments).where(eq(payments.orderId, order.id));
    const session = checkoutSession({ id: pending.stripeCheckoutSessionId!, orderId: order.id, paymentId: pending.id, amount: 5900, paymentIntent: fakeId("pi") });
    await fulfilCheckout(db, session as never);
    const [payment] = await db.select().from(payments).where(eq(payments.id, pending.id));
    return { cast, order, payment };
  }
  const orderStatus = async (id: string) => (await ctx.db.select().from(orders).where(eq(orders.id, id)))[0].status;
  const paymentRow = async (id: string) => (await ctx.db.select().from(payments).where(eq(payments.id, id)))[0];

  it("refunds an offline payment in part, then in full, which refunds the order as the admin", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim"]);
    const [payment] = await ctx.db.select().from(payments).where(eq(payments.orderId, order.id));
    await signInAs(ctx.db, cast.admin);

    expect(await refundPaymentAction(null, form({ paymentId: payment.id, amount: "10.50", reason: "Late" }))).toMatchObject({ ok: true, message: "Refunded $10.50." });
    expect(await paymentRow(payment.id)).toMatchObject({ status: "partially_refunded", refundedCents: 1050 });
    expect(await orderStatus(order.id)).toBe("assigned");

    const tooMuch = await refundPaymentAction(null, form({ paymentId: payment.id, amount: "60", reason: "" }));
    expect(tooMuch).toMatchObject({ ok: false, fieldErrors: { amount: ["Enter an amount between $0.01 and $48.50."] }, values: { amount: "60" } });
    expect(await refundPaymentAction(null, form({ paymentId: payment.id, amount: "ten" }))).toMatchObject({ ok: false, fieldErrors: { amount: expect.any(Array) } });

    expect(await refundPaymentAction(null, form({ paymentId: payment.id, amount: "48.50", reason: "Cancelled by phone" }))).toMatchObject({ ok: true });
    expect(await paymentRow(payment.id)).toMatchObject({ status: "refunded", refundedCents: 5900 });
    expect(await orderStatus(order.id)).toBe("refunded");
    const [entry] = await ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, order.id), eq(auditLog.action, "order.refund")));
    expect(entry).toMatchObject({ actorId: cast.admin.id, actorRole: "admin", fromStatus: "assigned" });
    const rows = await ctx.db.select().from(refunds).where(eq(refunds.paymentId, payment.id));
    expect(rows.map((r) => r.amountCents).sort()).toEqual([1050, 4850]);
    // Nothing is left to refund.
    expect(await refundPaymentAction(null, form({ paymentId: payment.id, amount: "1" }))).toMatchObject({ ok: false, error: /completed payment/ });
  });

  it("is for admins only: clients, writers and editors get not found", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    const [payment] = await ctx.db.select().from(payments).where(eq(payments.orderId, order.id));
    for (const actor of [cast.client, cast.writer, cast.editor]) {
      await signInAs(ctx.db, actor);
      expect(await refundPaymentAction(null, form({ paymentId: payment.id, amount: "5" }))).toMatchObject({ ok: false, error: /not be found/ });
      await expect(listPayments(ctx.db, actor)).rejects.toThrow(/not be found/);
    }
    expect(await paymentRow(payment.id)).toMatchObject({ refundedCents: 0, status: "succeeded" });
    const listed = (await listPayments(ctx.db, cast.admin)).rows;
    expect(listed.find((p) => p.id === payment.id)).toMatchObject({ clientName: cast.client.name, provider: "offline", amountCents: 5900, orderStatus: "paid" });
  });

  it("refunds a card payment through Stripe, and the charge.refunded webhook that follows does not count it twice", async () => {
    const { cast, order, payment } = await paidByCard(ctx.db);
    const requestId = randomUUID();
    await refundPayment(ctx.db, fake.stripe, cast.admin, { paymentId: payment.id, amountCents: 2000, reason: "Goodwill", requestId });
    const sent = fake.requests.filter((r) => r.path === "/v1/refunds").at(-1)!;
    expect(Object.fromEntries(sent.form)).toMatchObject({
      payment_intent: payment.stripePaymentIntentId,
      amount: "2000",
      "expand[0]": "charge",
      "metadata[paymentId]": payment.id,
    });
    expect(sent.idempotencyKey).toBe(`refund-${requestId}`);
    const [row] = await ctx.db.select().from(refunds).where(eq(refunds.paymentId, payment.id));
    expect(await paymentRow(payment.id)).toMatchObject({ status: "partially_refunded", refundedCents: 2000 });

    const webhook = (total: number) => ({
      id: fakeId("evt"),
      type: "charge.refunded",
      data: {
        object: {
          id: `ch_${payment.stripePaymentIntentId}`,
          object: "charge",
          amount_refunded: total,
          payment_intent: payment.stripePaymentIntentId,
          metadata: {},
          refunds: { data: [{ id: row.stripeRefundId, amount: 2000 }] },
        },
      },
    });
    await handleStripeEvent(ctx.db, webhook(2000) as never);
    expect(await paymentRow(payment.id)).toMatchObject({ refundedCents: 2000 });
    expect(await ctx.db.select().from(refunds).where(eq(refunds.paymentId, payment.id))).toHaveLength(1);

    await refundPayment(ctx.db, fake.stripe, cast.admin, { paymentId: payment.id, amountCents: 3900, reason: "" });
    expect(await paymentRow(payment.id)).toMatchObject({ status: "refunded", refundedCents: 5900 });
    expect(await orderStatus(order.id)).toBe("refunded");
    // The webhook for the full refund arrives after the admin's own update: nothing more happens.
    await handleStripeEvent(ctx.db, webhook(5900) as never);
    expect(await paymentRow(payment.id)).toMatchObject({ refundedCents: 5900 });
    const refundsOfOrder = await ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, order.id), eq(auditLog.action, "order.refund")));
    expect(refundsOfOrder).toHaveLength(1);
  });

  it("says plainly when a card payment cannot be refunded because Stripe is not configured", async () => {
    const { cast, payment } = await paidByCard(ctx.db);
    await expect(refundPayment(ctx.db, null, cast.admin, { paymentId: payment.id, amountCents: 100, reason: "" })).rejects.toThrow(/Stripe dashboard/);
    expect(await paymentRow(payment.id)).toMatchObject({ refundedCents: 0 });
  });
});

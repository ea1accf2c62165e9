import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { POST } from "@/app/api/stripe/webhook/route";
import type { Db } from "@/lib/db/client";
import { auditLog, orders, payments, refunds, stripeEvents } from "@/lib/db/schema";
import { placeOrder } from "@/lib/orders/place-order";
import { createCheckoutSession } from "@/lib/payments/create-checkout-session";
import { listPayments } from "@/lib/payments/list-payments";
import { refundPayment } from "@/lib/payments/refund-payment";
import { checkoutSession, fakeId, signedEvent, startFakeStripe, WEBHOOK_SECRET, serveCheckoutSessions } from "../fixtures/fake-stripe";
import { makeCast } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";

type Fake = Awaited<ReturnType<typeof startFakeStripe>>;
let fake: Fake;
const saved = { key: process.env.STRIPE_SECRET_KEY, secret: process.env.STRIPE_WEBHOOK_SECRET };

beforeAll(async () => {
  fake = await startFakeStripe();
  serveCheckoutSessions(fake);
  process.env.STRIPE_SECRET_KEY = "sk_test_fake";
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
});
afterAll(async () => {
  await fake.close();
  process.env.STRIPE_SECRET_KEY = saved.key;
  process.env.STRIPE_WEBHOOK_SECRET = saved.secret;
  if (saved.key === undefined) delete process.env.STRIPE_SECRET_KEY;
  if (saved.secret === undefined) delete process.env.STRIPE_WEBHOOK_SECRET;
});

function deliver(delivery: { payload: string; signature: string }) {
  return POST(
    new Request("http://localhost/api/stripe/webhook", {
      method: "POST",
      headers: { "stripe-signature": delivery.signature, "content-type": "application/json" },
      body: delivery.payload,
    }),
  );
}

const send = (type: string, object: Record<string, unknown>, id?: string) => deliver(signedEvent(fake.stripe, type, object, id));

describeWithDatabase("stripe webhook", (ctx) => {
  /** An order the client has taken to Stripe Checkout: a pending payment with a session. */
  async function checkout(db: Db, overrides: { priceCents?: number } = {}) {
    const cast = await makeCast(db);
    const order = await placeOrder(db, cast.client, cast.brief());
    if (overrides.priceCents) await db.update(orders).set({ priceCents: overrides.priceCents }).where(eq(orders.id, order.id));
    await createCheckoutSession(db, fake.stripe, cast.client, order.id, "http://localhost:3000");
    const [payment] = await db.select().from(payments).where(eq(payments.orderId, order.id));
    const session = (fields: Partial<Parameters<typeof checkoutSession>[0]> = {}) =>
      checkoutSession({ id: payment.stripeCheckoutSessionId!, orderId: order.id, paymentId: payment.id, amount: payment.amountCents, ...fields });
    const state = async () => {
      const [o] = await db.select().from(orders).where(eq(orders.id, order.id));
      const [p] = await db.select().from(payments).where(eq(payments.id, payment.id));
      return { order: o.status, payment: p.status, refundedCents: p.refundedCents, paymentIntent: p.stripePaymentIntentId };
    };
    const charge = (amountRefunded: number, refundIds: { id: string; amount: number }[] = []) => ({
      id: fakeId("ch"),
      object: "charge",
      amount: payment.amountCents,
      amount_refunded: amountRefunded,
      currency: "usd",
      payment_intent: `pi_for_${payment.stripeCheckoutSessionId}`,
      metadata: { orderId: order.id, paymentId: payment.id },
      refunded: amountRefunded >= payment.amountCents,
      refunds: { object: "list", data: refundIds.map((r) => ({ object: "refund", ...r })), has_more: false },
    });
    return { cast, order, payment, session, state, charge };
  }

  it("marks the order paid once for a paid checkout, and a replayed event changes nothing", async () => {
    const c = await checkout(ctx.db);
    const eventId = fakeId("evt");
    const first = await send("checkout.session.completed", c.session(), eventId);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true, outcome: "handled" });
    expect(await c.state()).toMatchObject({ order: "paid", payment: "succeeded", paymentIntent: `pi_for_${c.payment.stripeCheckoutSessionId}` });
    const trail = () => ctx.db.select().from(auditLog).where(eq(auditLog.entityId, c.order.id));
    const before = await trail();
    expect(before.at(-1)).toMatchObject({ action: "order.pay", actorRole: "system", toStatus: "paid" });

    const replay = await send("checkout.session.completed", c.session(), eventId);
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ received: true, outcome: "duplicate" });
    expect(await trail()).toHaveLength(before.length);
  });

  it("answers 400 to a bad signature and changes nothing", async () => {
    const c = await checkout(ctx.db);
    const good = signedEvent(fake.stripe, "checkout.session.completed", c.session());
    const forged = fake.stripe.webhooks.generateTestHeaderString({ payload: good.payload, secret: "whsec_someone_else" });
    expect((await deliver({ payload: good.payload, signature: forged })).status).toBe(400);
    expect((await deliver({ payload: good.payload, signature: "" })).status).toBe(400);
    // A body altered after signing fails too.
    const tampered = good.payload.replace(`"amount_total":${c.payment.amountCents}`, '"amount_total":1');
    expect((await deliver({ payload: tampered, signature: good.signature })).status).toBe(400);
    expect(await c.state()).toMatchObject({ order: "draft", payment: "pending" });
    expect(await ctx.db.select().from(stripeEvents).where(eq(stripeEvents.id, good.id))).toEqual([]);
  });

  it("waits for an unpaid completed session, then pays on async success; an async failure leaves the order unpaid", async () => {
    const c = await checkout(ctx.db);
    await send("checkout.session.completed", c.session({ paymentStatus: "unpaid" }));
    expect(await c.state()).toMatchObject({ order: "draft", payment: "pending" });
    await send("checkout.session.async_payment_succeeded", c.session());
    expect(await c.state()).toMatchObject({ order: "paid", payment: "succeeded" });

    const d = await checkout(ctx.db);
    await send("checkout.session.completed", d.session({ paymentStatus: "unpaid" }));
    await send("checkout.session.async_payment_failed", d.session({ paymentStatus: "unpaid" }));
    expect(await d.state()).toMatchObject({ order: "draft", payment: "failed" });
  });

  it("does not mark an order paid when the amount or currency differs, and records why", async () => {
    const c = await checkout(ctx.db);
    await send("checkout.session.completed", c.session({ amount: 100 }));
    expect(await c.state()).toMatchObject({ order: "draft", payment: "failed" });
    const [entry] = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, c.payment.id), eq(auditLog.action, "payment.amount_mismatch")));
    expect(entry.detail).toMatchObject({ expectedCents: 5900, receivedCents: 100, orderId: c.order.id });

    const d = await checkout(ctx.db);
    await send("checkout.session.completed", d.session({ currency: "eur" }));
    expect(await d.state()).toMatchObject({ order: "draft", payment: "failed" });
  });

  it("charges the stored price: a session for a changed amount is refused even if the client paid it", async () => {
    const c = await checkout(ctx.db, { priceCents: 4321 });
    expect(c.payment.amountCents).toBe(4321);
    await send("checkout.session.completed", c.session({ amount: 5900 }));
    expect(await c.state()).toMatchObject({ order: "draft", payment: "failed" });
  });

  it("refunds: partial, then full moves the order to refunded; the same refund reported twice is counted once", async () => {
    const c = await checkout(ctx.db);
    await send("checkout.session.completed", c.session());
    await send("charge.refunded", c.charge(1000, [{ id: "re_a1", amount: 1000 }]));
    expect(await c.state()).toMatchObject({ order: "paid", payment: "partially_refunded", refundedCents: 1000 });
    // Stripe reports cumulative totals: a second delivery of the same total adds nothing.
    await send("charge.refunded", c.charge(1000, [{ id: "re_a1", amount: 1000 }]));
    expect(await c.state()).toMatchObject({ refundedCents: 1000 });
    await send("charge.refunded", c.charge(5900, [{ id: "re_a1", amount: 1000 }, { id: "re_a2", amount: 4900 }]));
    expect(await c.state()).toMatchObject({ order: "refunded", payment: "refunded", refundedCents: 5900 });
    const rows = await ctx.db.select().from(refunds).where(eq(refunds.paymentId, c.payment.id));
    expect(rows.map((r) => r.stripeRefundId).sort()).toEqual(["re_a1", "re_a2"]);
    const [last] = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, c.order.id)).orderBy(auditLog.id).limit(1).offset(2);
    expect(last).toMatchObject({ action: "order.refund", actorRole: "system" });
  });

  it("ends in the right state when events arrive out of order", async () => {
    // A full refund reported before the checkout completes: paid, then refunded, as if in order.
    const c = await checkout(ctx.db);
    await send("charge.refunded", c.charge(5900));
    expect(await c.state()).toMatchObject({ order: "draft", payment: "pending", refundedCents: 5900 });
    await send("checkout.session.completed", c.session());
    expect(await c.state()).toMatchObject({ order: "refunded", payment: "refunded" });

    // A partial refund first: the order is paid, the payment partly refunded.
    const d = await checkout(ctx.db);
    await send("charge.refunded", d.charge(900));
    await send("checkout.session.completed", d.session());
    expect(await d.state()).toMatchObject({ order: "paid", payment: "partially_refunded", refundedCents: 900 });

    // async_payment_succeeded after completed (both paid): the second changes nothing.
    const e = await checkout(ctx.db);
    await send("checkout.session.completed", e.session());
    const res = await send("checkout.session.async_payment_succeeded", e.session());
    expect(res.status).toBe(200);
    expect(await e.state()).toMatchObject({ order: "paid", payment: "succeeded" });
  });

  it("pays once when the webhook and a second confirmation of the same checkout race", async () => {
    const c = await checkout(ctx.db);
    const replies = await Promise.all([
      send("checkout.session.completed", c.session()),
      send("checkout.session.async_payment_succeeded", c.session()),
    ]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    const pays = await ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, c.order.id), eq(auditLog.action, "order.pay")));
    expect(pays).toHaveLength(1);
    expect(await c.state()).toMatchObject({ order: "paid", payment: "succeeded" });
  });

  it("keeps an already-paid order paid when a second checkout for it completes, and records the extra payment", async () => {
    const c = await checkout(ctx.db);
    await createCheckoutSession(ctx.db, fake.stripe, c.cast.client, c.order.id, "http://localhost:3000");
    const [, second] = await ctx.db.select().from(payments).where(eq(payments.orderId, c.order.id)).orderBy(payments.createdAt);
    await send("checkout.session.completed", c.session());
    await send(
      "checkout.session.completed",
      checkoutSession({ id: second.stripeCheckoutSessionId!, orderId: c.order.id, paymentId: second.id, amount: 5900 }),
    );
    expect(await c.state()).toMatchObject({ order: "paid" });
    const [extra] = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, second.id));
    expect(extra).toMatchObject({ action: "payment.received_for_unpayable_order" });

    // The admin's payments page flags the second payment, and refunding it keeps the order paid.
    const listed = await listPayments(ctx.db, c.cast.admin, {});
    expect(listed.rows.filter((p) => p.orderId === c.order.id).map((p) => [p.id, p.unpayable])).toEqual([
      [second.id, true],
      [c.payment.id, false],
    ]);
    fake.on((r) =>
      r.method === "POST" && r.path === "/v1/refunds"
        ? { body: { id: fakeId("re"), object: "refund", amount: 5900, charge: { id: "ch_second", object: "charge", amount_refunded: 5900 } } }
        : undefined,
    );
    await refundPayment(ctx.db, fake.stripe, c.cast.admin, { paymentId: second.id, amountCents: 5900, reason: "paid twice" });
    expect(await c.state()).toMatchObject({ order: "paid", payment: "succeeded" });
  });

  it("keeps an event for a checkout session it does not know for Stripe to deliver again (not 2xx, not recorded)", async () => {
    const eventId = fakeId("evt");
    const object = checkoutSession({ id: "cs_test_nobody_knows", orderId: "00000000-0000-4000-8000-000000000000", paymentId: "00000000-0000-4000-8000-000000000001", amount: 5900 });
    const res = await send("checkout.session.completed", object, eventId);
    expect(res.status).toBe(404);
    expect(await ctx.db.select().from(stripeEvents).where(eq(stripeEvents.id, eventId))).toEqual([]);
  });

  it("ignores events it does not handle and charges it cannot link, with 200", async () => {
    expect((await send("customer.created", { id: "cus_1", object: "customer" })).status).toBe(200);
    const res = await send("charge.refunded", { id: "ch_x", object: "charge", amount_refunded: 100, payment_intent: "pi_unknown", metadata: {} });
    expect(await res.json()).toEqual({ received: true, outcome: "ignored" });
  });
});

import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { orders, payments } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { placeOrder } from "@/lib/orders/place-order";
import { confirmCheckoutReturn } from "@/lib/payments/confirm-checkout-return";
import { createCheckoutSession } from "@/lib/payments/create-checkout-session";
import { checkoutSession, serveCheckoutSessions, startFakeStripe } from "../fixtures/fake-stripe";
import { makeCast } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";

let fake: Awaited<ReturnType<typeof startFakeStripe>>;
const sessions = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  fake = await startFakeStripe();
  serveCheckoutSessions(fake, sessions);
});
afterAll(() => fake.close());

describeWithDatabase("stripe checkout", (ctx) => {
  it("sends Stripe the stored price, the order's ids and the return addresses, and records a pending payment", async () => {
    const cast = await makeCast(ctx.db);
    const order = await placeOrder(ctx.db, cast.client, cast.brief({ delivery: "mail" }));
    // The amount charged is the stored price, whatever today's price list says.
    await ctx.db.update(orders).set({ priceCents: 6150 }).where(eq(orders.id, order.id));
    const url = await createCheckoutSession(ctx.db, fake.stripe, cast.client, order.id, "https://letters.example");

    const sent = fake.requests.filter((r) => r.path === "/v1/checkout/sessions").at(-1)!;
    const [payment] = await ctx.db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(url).toBe(`https://checkout.stripe.test/${payment.stripeCheckoutSessionId}`);
    expect(Object.fromEntries(sent.form)).toMatchObject({
      mode: "payment",
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][unit_amount]": "6150",
      "line_items[0][price_data][currency]": "usd",
      client_reference_id: order.id,
      customer_email: cast.client.email,
      "metadata[orderId]": order.id,
      "metadata[paymentId]": payment.id,
      "payment_intent_data[metadata][paymentId]": payment.id,
      success_url: `https://letters.example/orders/${order.id}/pay/success?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `https://letters.example/orders/${order.id}/pay`,
    });
    // No recipient name or brief text goes to Stripe.
    expect(sent.form.toString()).not.toContain("Margaret");
    expect(sent.idempotencyKey).toBe(`checkout-${payment.id}`);
    expect(payment).toMatchObject({ provider: "stripe", status: "pending", amountCents: 6150, currency: "usd" });
    const [after] = await ctx.db.select().from(orders).where(eq(orders.id, order.id));
    expect(after.status).toBe("draft");
  });

  it("refuses another client's order, a paid order, and sends nothing to Stripe", async () => {
    const cast = await makeCast(ctx.db);
    const order = await placeOrder(ctx.db, cast.client, cast.brief());
    const paid = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    const before = fake.requests.length;
    await expect(createCheckoutSession(ctx.db, fake.stripe, cast.otherClient, order.id, "http://x")).rejects.toThrow(/not be found/);
    await expect(createCheckoutSession(ctx.db, fake.stripe, cast.writer, order.id, "http://x")).rejects.toThrow(/not be found/);
    await expect(createCheckoutSession(ctx.db, fake.stripe, cast.client, paid.id, "http://x")).rejects.toThrow(/already been paid/);
    expect(fake.requests.length).toBe(before);
  });

  it("the return page asks Stripe: paid sessions fulfil the order, unpaid ones wait, others' sessions are not found", async () => {
    const cast = await makeCast(ctx.db);
    const order = await placeOrder(ctx.db, cast.client, cast.brief());
    await createCheckoutSession(ctx.db, fake.stripe, cast.client, order.id, "http://x");
    const [payment] = await ctx.db.select().from(payments).where(eq(payments.orderId, order.id));
    const id = payment.stripeCheckoutSessionId!;
    const session = (paymentStatus: "paid" | "unpaid") =>
      checkoutSession({ id, orderId: order.id, paymentId: payment.id, amount: 5900, paymentStatus });

    sessions.set(id, session("unpaid"));
    expect(await confirmCheckoutReturn(ctx.db, fake.stripe, cast.client, order.id, id)).toBe("waiting");
    expect((await ctx.db.select().from(orders).where(eq(orders.id, order.id)))[0].status).toBe("draft");

    // Another client cannot use this session, even knowing its id.
    await expect(confirmCheckoutReturn(ctx.db, fake.stripe, cast.otherClient, order.id, id)).rejects.toThrow(/not be found/);
    // A session of one order shown on another order's page is not accepted.
    const other = await placeOrder(ctx.db, cast.client, cast.brief());
    await expect(confirmCheckoutReturn(ctx.db, fake.stripe, cast.client, other.id, id)).rejects.toThrow(/not be found/);
    await expect(confirmCheckoutReturn(ctx.db, fake.stripe, cast.client, order.id, "cs_test_missing")).rejects.toThrow(/not be found/);
    await expect(confirmCheckoutReturn(ctx.db, fake.stripe, cast.client, order.id, "../../v1/charges")).rejects.toThrow(/not be found/);

    sessions.set(id, session("paid"));
    expect(await confirmCheckoutReturn(ctx.db, fake.stripe, cast.client, order.id, id)).toBe("paid");
    expect(await confirmCheckoutReturn(ctx.db, fake.stripe, cast.client, order.id, id)).toBe("already");
    const [after] = await ctx.db.select().from(orders).where(eq(orders.id, order.id));
    expect(after.status).toBe("paid");
  });
});

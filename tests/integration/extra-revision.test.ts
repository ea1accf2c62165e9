import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, expect, it, vi } from "vitest";
import { buyExtraRoundOffline, buyExtraRoundWithCard } from "@/app/(client)/orders/[id]/extra-round/actions";
import { requestLetterChanges } from "@/app/(client)/orders/[id]/actions";
import { POST } from "@/app/api/stripe/webhook/route";
import type { Db } from "@/lib/db/client";
import { auditLog, orders, payments } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { availableEvents } from "@/lib/orders/state-machine";
import { confirmCheckoutReturn } from "@/lib/payments/confirm-checkout-return";
import { createCheckoutSession } from "@/lib/payments/create-checkout-session";
import { getReceipts } from "@/lib/payments/get-receipts";
import { checkoutSession, fakeId, signedEvent, startFakeStripe, WEBHOOK_SECRET, serveCheckoutSessions } from "../fixtures/fake-stripe";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

let fake: Awaited<ReturnType<typeof startFakeStripe>>;
const sessions = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  fake = await startFakeStripe();
  serveCheckoutSessions(fake, sessions);
});
afterAll(() => fake.close());
afterEach(() => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_WEBHOOK_SECRET;
});

function stripeMode() {
  process.env.STRIPE_SECRET_KEY = "sk_test_fake";
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

const send = (type: string, object: Record<string, unknown>, id?: string) => {
  const delivery = signedEvent(fake.stripe, type, object, id);
  return POST(
    new Request("http://localhost/api/stripe/webhook", {
      method: "POST",
      headers: { "stripe-signature": delivery.signature, "content-type": "application/json" },
      body: delivery.payload,
    }),
  );
};

const draft = (n: number) => ({ save: `Dear Margaret,\n\nDraft ${n} of a letter about the garden.\n\nWith love` });
const toClient = (n: number) => ["start_drafting", draft(n), "submit_for_review", "send_to_client"] as const;

describeWithDatabase("extra revision round", (ctx) => {
  /** A letter with its client after both included rounds of changes were used. */
  async function roundsUsedUp(db: Db) {
    const cast = await makeCast(db);
    const order = await createOrderThrough(db, cast, cast.brief(), [
      "pay",
      "claim",
      ...toClient(1),
      "request_revision",
      ...toClient(2),
      "request_revision",
      ...toClient(3),
    ]);
    const state = async () => (await db.select().from(orders).where(eq(orders.id, order.id)))[0];
    const rounds = async () => {
      const o = await state();
      return { status: o.status, included: o.revisionRoundsIncluded, used: o.revisionRoundsUsed };
    };
    const bought = () => db.select().from(auditLog).where(and(eq(auditLog.entityId, order.id), eq(auditLog.action, "order.extra_revision")));
    return { cast, order, state, rounds, bought };
  }

  it("offline: the owner buys one more round once the included ones are used, then can request changes", async () => {
    const c = await roundsUsedUp(ctx.db);
    expect(await c.rounds()).toEqual({ status: "with_client", included: 2, used: 2 });
    expect(availableEvents(await c.state(), c.cast.client)).not.toContain("request_revision");

    await signInAs(ctx.db, c.cast.client);
    expect(await buyExtraRoundOffline(null, form({ orderId: c.order.id }))).toMatchObject({ ok: true });
    expect(await c.rounds()).toEqual({ status: "with_client", included: 3, used: 2 });
    const rows = await ctx.db.select().from(payments).where(eq(payments.purpose, "extra_revision"));
    expect(rows.filter((p) => p.orderId === c.order.id)).toEqual([
      expect.objectContaining({ provider: "offline", status: "succeeded", amountCents: 1500, currency: "usd" }),
    ]);
    expect(await c.bought()).toEqual([
      expect.objectContaining({ actorId: c.cast.client.id, actorRole: "client", entityType: "order", detail: expect.objectContaining({ revisionRoundsIncluded: 3 }) }),
    ]);

    // The round is not used yet, so a second purchase is refused and nothing changes.
    expect(await buyExtraRoundOffline(null, form({ orderId: c.order.id }))).toMatchObject({ ok: false, error: /still have a round/ });
    expect(await c.rounds()).toMatchObject({ included: 3 });

    expect(availableEvents(await c.state(), c.cast.client)).toContain("request_revision");
    expect(await requestLetterChanges(null, form({ orderId: c.order.id, body: "Please mention the roses." }))).toMatchObject({ ok: true });
    expect(await c.rounds()).toEqual({ status: "revision_requested", included: 3, used: 3 });

    // The receipt names what was bought.
    const { payments: receipts } = await getReceipts(ctx.db, c.cast.client, c.order.id);
    expect(receipts.map((r) => r.label)).toEqual(["Birthday letter for Margaret Bennett", "Another round of changes"]);
  });

  it("offline: refuses other people, a letter not with the client, unused rounds, smuggled fields and Stripe mode", async () => {
    const c = await roundsUsedUp(ctx.db);
    for (const stranger of [c.cast.otherClient, c.cast.writer, c.cast.otherWriter, c.cast.editor, c.cast.admin]) {
      await signInAs(ctx.db, stranger);
      expect(await buyExtraRoundOffline(null, form({ orderId: c.order.id }))).toMatchObject({ ok: false, error: /not be found/ });
    }
    await signInAs(ctx.db, c.cast.client);
    expect(await buyExtraRoundOffline(null, form({ orderId: c.order.id, amountCents: "1" }))).toMatchObject({ ok: false });
    expect(await buyExtraRoundOffline(null, form({ orderId: "not-a-uuid" }))).toMatchObject({ ok: false });

    stripeMode();
    expect(await buyExtraRoundOffline(null, form({ orderId: c.order.id }))).toMatchObject({ ok: false, error: /not be found/ });
    delete process.env.STRIPE_SECRET_KEY;
    // And without Stripe there is no card purchase either.
    expect(await buyExtraRoundWithCard(null, form({ orderId: c.order.id }))).toMatchObject({ ok: false, error: /not be found/ });

    // A fresh letter still has its included rounds; an approved one is no longer being changed.
    const fresh = await createOrderThrough(ctx.db, c.cast, c.cast.brief(), ["pay", "claim", ...toClient(1)]);
    expect(await buyExtraRoundOffline(null, form({ orderId: fresh.id }))).toMatchObject({ ok: false, error: /still have a round/ });
    await ctx.db.update(orders).set({ status: "approved" }).where(eq(orders.id, c.order.id));
    expect(await buyExtraRoundOffline(null, form({ orderId: c.order.id }))).toMatchObject({ ok: false, error: /while the letter is with you/ });

    expect(await c.bought()).toEqual([]);
    expect(await c.rounds()).toMatchObject({ included: 2 });
  });

  /** The client has gone to Stripe Checkout for another round: a pending extra_revision payment. */
  async function checkoutForRound(db: Db) {
    const c = await roundsUsedUp(db);
    await createCheckoutSession(db, fake.stripe, c.cast.client, c.order.id, "https://letters.example", "extra_revision");
    const [payment] = await db
      .select()
      .from(payments)
      .where(and(eq(payments.orderId, c.order.id), eq(payments.purpose, "extra_revision")));
    const session = (fields: Partial<Parameters<typeof checkoutSession>[0]> = {}) =>
      checkoutSession({ id: payment.stripeCheckoutSessionId!, orderId: c.order.id, paymentId: payment.id, amount: 1500, ...fields });
    const paymentStatus = async () => (await db.select().from(payments).where(eq(payments.id, payment.id)))[0].status;
    return { ...c, payment, session, paymentStatus };
  }

  it("Stripe: the checkout asks for the round's price with purpose extra_revision and returns to the extra-round page", async () => {
    const c = await checkoutForRound(ctx.db);
    const sent = fake.requests.filter((r) => r.path === "/v1/checkout/sessions").at(-1)!;
    expect(Object.fromEntries(sent.form)).toMatchObject({
      "line_items[0][price_data][unit_amount]": "1500",
      "line_items[0][price_data][currency]": "usd",
      "metadata[orderId]": c.order.id,
      "metadata[paymentId]": c.payment.id,
      "metadata[purpose]": "extra_revision",
      success_url: `https://letters.example/orders/${c.order.id}/extra-round/success?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `https://letters.example/orders/${c.order.id}`,
    });
    expect(sent.form.toString()).not.toContain("Margaret");
    expect(c.payment).toMatchObject({ provider: "stripe", status: "pending", amountCents: 1500, purpose: "extra_revision" });
    expect(await c.rounds()).toMatchObject({ included: 2 });

    // Only the owner, and only when the rounds are used up; nothing reaches Stripe otherwise.
    const before = fake.requests.length;
    for (const stranger of [c.cast.otherClient, c.cast.writer, c.cast.admin]) {
      await expect(createCheckoutSession(ctx.db, fake.stripe, stranger, c.order.id, "http://x", "extra_revision")).rejects.toThrow(/not be found/);
    }
    const fresh = await createOrderThrough(ctx.db, c.cast, c.cast.brief(), ["pay", "claim", ...toClient(1)]);
    await expect(createCheckoutSession(ctx.db, fake.stripe, c.cast.client, fresh.id, "http://x", "extra_revision")).rejects.toThrow(/still have a round/);
    expect(fake.requests.length).toBe(before);
  });

  it("Stripe: the webhook adds exactly one round, however often the session is confirmed", async () => {
    stripeMode();
    const c = await checkoutForRound(ctx.db);
    const eventId = fakeId("evt");
    const first = await send("checkout.session.completed", c.session(), eventId);
    expect(await first.json()).toEqual({ received: true, outcome: "handled" });
    expect(await c.rounds()).toEqual({ status: "with_client", included: 3, used: 2 });
    expect(await c.paymentStatus()).toBe("succeeded");

    expect(await (await send("checkout.session.completed", c.session(), eventId)).json()).toMatchObject({ outcome: "duplicate" });
    await send("checkout.session.async_payment_succeeded", c.session());
    // The client's return from Checkout confirms the same session again.
    sessions.set(c.payment.stripeCheckoutSessionId!, c.session());
    expect(await confirmCheckoutReturn(ctx.db, fake.stripe, c.cast.client, c.order.id, c.payment.stripeCheckoutSessionId!)).toBe("already");

    expect(await c.rounds()).toEqual({ status: "with_client", included: 3, used: 2 });
    expect(await c.bought()).toEqual([expect.objectContaining({ actorRole: "system", detail: expect.objectContaining({ paymentId: c.payment.id }) })]);
    // Buying a round never takes the order through "pay" again.
    const pays = await ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, c.order.id), eq(auditLog.action, "order.pay")));
    expect(pays).toHaveLength(1);
    expect(availableEvents(await c.state(), c.cast.client)).toContain("request_revision");
  });

  it("Stripe: the success page and the webhook racing add one round", async () => {
    stripeMode();
    const c = await checkoutForRound(ctx.db);
    sessions.set(c.payment.stripeCheckoutSessionId!, c.session());
    const [outcome] = await Promise.all([
      confirmCheckoutReturn(ctx.db, fake.stripe, c.cast.client, c.order.id, c.payment.stripeCheckoutSessionId!),
      send("checkout.session.completed", c.session()),
    ]);
    expect(["paid", "already"]).toContain(outcome);
    expect(await c.rounds()).toMatchObject({ included: 3 });
    expect(await c.bought()).toHaveLength(1);
  });

  it("Stripe: a session paid at another amount or currency adds no round and is recorded", async () => {
    stripeMode();
    const c = await checkoutForRound(ctx.db);
    await send("checkout.session.completed", c.session({ amount: 100 }));
    expect(await c.paymentStatus()).toBe("failed");
    expect(await c.rounds()).toMatchObject({ included: 2 });
    const [entry] = await ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, c.payment.id), eq(auditLog.action, "payment.amount_mismatch")));
    expect(entry.detail).toMatchObject({ expectedCents: 1500, receivedCents: 100 });

    const d = await checkoutForRound(ctx.db);
    await send("checkout.session.completed", d.session({ currency: "eur" }));
    expect(await d.paymentStatus()).toBe("failed");
    expect(await d.rounds()).toMatchObject({ included: 2 });
    expect(await d.bought()).toEqual([]);
  });
});

import { eq } from "drizzle-orm";
import { afterEach, expect, it, vi } from "vitest";
import { payOffline } from "@/app/(client)/orders/[id]/pay/actions";
import { orders, payments } from "@/lib/db/schema";
import { placeOrder } from "@/lib/orders/place-order";
import { getReceipts } from "@/lib/payments/get-receipts";
import { recordOfflinePayment } from "@/lib/payments/record-offline-payment";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

afterEach(() => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_WEBHOOK_SECRET;
});

describeWithDatabase("offline payment", (ctx) => {
  it("lets the owning client pay a draft order at its stored price, once", async () => {
    const cast = await makeCast(ctx.db);
    const order = await placeOrder(ctx.db, cast.client, cast.brief());
    await ctx.db.update(orders).set({ priceCents: 4321 }).where(eq(orders.id, order.id));
    await signInAs(ctx.db, cast.client);
    await expect(payOffline(null, form({ orderId: order.id }))).rejects.toMatchObject({
      digest: expect.stringContaining(`/orders/${order.id}?paid=1`),
    });
    const [row] = await ctx.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row.status).toBe("paid");
    const rows = await ctx.db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(rows).toEqual([expect.objectContaining({ provider: "offline", status: "succeeded", amountCents: 4321, currency: "usd" })]);

    expect(await payOffline(null, form({ orderId: order.id }))).toMatchObject({ ok: false, error: /already been paid/ });
    expect(await ctx.db.select().from(payments).where(eq(payments.orderId, order.id))).toHaveLength(1);
  });

  it("refuses other clients, other roles, a cancelled order, smuggled fields, and Stripe mode", async () => {
    const cast = await makeCast(ctx.db);
    const order = await placeOrder(ctx.db, cast.client, cast.brief());
    for (const stranger of [cast.otherClient, cast.writer, cast.admin]) {
      await signInAs(ctx.db, stranger);
      expect(await payOffline(null, form({ orderId: order.id }))).toMatchObject({ ok: false, error: /not be found/ });
    }
    await signInAs(ctx.db, cast.client);
    expect(await payOffline(null, form({ orderId: order.id, amountCents: "1" }))).toMatchObject({ ok: false });

    process.env.STRIPE_SECRET_KEY = "sk_test_x";
    process.env.STRIPE_WEBHOOK_SECRET = "whsec_x";
    expect(await payOffline(null, form({ orderId: order.id }))).toMatchObject({ ok: false, error: /not be found/ });
    delete process.env.STRIPE_SECRET_KEY;

    const cancelled = await placeOrder(ctx.db, cast.client, cast.brief());
    await ctx.db.update(orders).set({ status: "cancelled" }).where(eq(orders.id, cancelled.id));
    expect(await payOffline(null, form({ orderId: cancelled.id }))).toMatchObject({ ok: false, error: /was cancelled/ });

    expect(await ctx.db.select().from(payments).where(eq(payments.orderId, order.id))).toEqual([]);
    const [row] = await ctx.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row.status).toBe("draft");
  });

  it("gives the owner a receipt for each completed payment, and nobody a receipt for an unpaid order", async () => {
    const cast = await makeCast(ctx.db);
    const order = await placeOrder(ctx.db, cast.client, cast.brief());
    await expect(getReceipts(ctx.db, cast.client, order.id)).rejects.toThrow(/not be found/);
    await recordOfflinePayment(ctx.db, cast.client, order.id);
    const { payments: paid } = await getReceipts(ctx.db, cast.client, order.id);
    expect(paid).toEqual([expect.objectContaining({ provider: "offline", amountCents: 5900 })]);
    for (const stranger of [cast.otherClient, cast.writer, cast.admin]) {
      await expect(getReceipts(ctx.db, stranger, order.id)).rejects.toThrow(/not be found/);
    }
  });
});

import { eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { fulfilOrder } from "@/lib/admin/fulfil-order";
import { getAdminOrder } from "@/lib/admin/get-admin-order";
import { getAdminOverview } from "@/lib/admin/get-admin-overview";
import { listAdminOrders } from "@/lib/admin/list-admin-orders";
import { orders, payments } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { describeWithDatabase } from "../helpers/test-database";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

const approved = ["pay", "claim", { save: "Dear Margaret," }, "submit_for_review", "send_to_client", "approve"] as const;

describeWithDatabase("admin orders", (ctx) => {
  it("counts orders by status, revenue less refunds and this week's letters", async () => {
    const cast = await makeCast(ctx.db);
    const before = await getAdminOverview(ctx.db, cast.admin, { maxAgeMs: 0 });
    const paid = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    await createOrderThrough(ctx.db, cast, cast.brief(), approved);
    await createOrderThrough(ctx.db, cast, cast.brief(), []);
    await ctx.db.update(payments).set({ status: "partially_refunded", refundedCents: 900 }).where(eq(payments.orderId, paid.id));
    const after = await getAdminOverview(ctx.db, cast.admin, { maxAgeMs: 0 });
    const count = (o: typeof after, status: string) => o.byStatus.find((s) => s.status === status)!.count;
    expect(count(after, "paid") - count(before, "paid")).toBe(1);
    expect(count(after, "approved") - count(before, "approved")).toBe(1);
    expect(count(after, "draft") - count(before, "draft")).toBe(1);
    expect(after.byStatus).toHaveLength(13);
    const usd = (o: typeof after) => o.revenue.find((r) => r.currency === "usd")?.cents ?? 0;
    expect(usd(after) - usd(before)).toBe(5900 * 2 - 900);
    expect(after.week.approved - before.week.approved).toBe(1);
    expect(after.week.placed - before.week.placed).toBe(3);
  });

  it("computes the overview at most every 30 seconds for everyone, and says how old its figures are", async () => {
    const cast = await makeCast(ctx.db);
    const fresh = await getAdminOverview(ctx.db, cast.admin, { maxAgeMs: 0 });
    await createOrderThrough(ctx.db, cast, cast.brief(), []);
    const soon = await getAdminOverview(ctx.db, cast.admin);
    expect(soon.asOf).toEqual(fresh.asOf);
    expect(soon.total).toBe(fresh.total);
    expect((await getAdminOverview(ctx.db, cast.admin, { maxAgeMs: 0 })).total).toBe(fresh.total + 1);
    await expect(getAdminOverview(ctx.db, cast.editor)).rejects.toThrow(/could not be found/);
  });

  it("lists every order for staff with a status filter, and nothing for clients or writers", async () => {
    const cast = await makeCast(ctx.db);
    const paid = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    const mine = await createOrderThrough(ctx.db, cast, cast.brief(), approved);
    for (const actor of [cast.admin, cast.editor]) {
      const all = (await listAdminOrders(ctx.db, actor)).rows;
      expect(all.map((o) => o.id)).toEqual(expect.arrayContaining([paid.id, mine.id]));
      const onlyPaid = (await listAdminOrders(ctx.db, actor, { status: "paid" })).rows;
      expect(onlyPaid.every((o) => o.status === "paid")).toBe(true);
      expect(onlyPaid.map((o) => o.id)).toContain(paid.id);
      expect(onlyPaid.map((o) => o.id)).not.toContain(mine.id);
      const row = all.find((o) => o.id === mine.id)!;
      expect(row).toMatchObject({ clientName: cast.client.name, recipientName: "Margaret Bennett", writerName: cast.writer.name, priceCents: 5900 });
    }
    for (const actor of [cast.client, cast.writer]) {
      await expect(listAdminOrders(ctx.db, actor)).rejects.toThrow(/not be found/);
      await expect(getAdminOrder(ctx.db, actor, mine.id)).rejects.toThrow(/not be found/);
    }
  });

  it("shows the buttons the state machine allows and fulfils a mailed letter step by step", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief({ delivery: "mail" }), approved);
    let view = await getAdminOrder(ctx.db, cast.admin, order.id);
    expect(view.events).toContain("mark_printed");
    expect(view.events).not.toContain("mark_delivered");
    expect(view.letter?.body).toBe("Dear Margaret,");
    // Editors may look, but fulfilment is the admin's.
    expect((await getAdminOrder(ctx.db, cast.editor, order.id)).events).not.toContain("mark_printed");
    await expect(fulfilOrder(ctx.db, cast.editor, { orderId: order.id, event: "mark_printed" })).rejects.toThrow("You cannot do that.");
    await fulfilOrder(ctx.db, cast.admin, { orderId: order.id, event: "mark_printed" });
    await fulfilOrder(ctx.db, cast.admin, { orderId: order.id, event: "mark_mailed" });
    view = await getAdminOrder(ctx.db, cast.admin, order.id);
    expect(view.order.status).toBe("mailed");
    // Only a refund remains possible, and that goes through Admin → Payments with the money.
    expect(view.events).toEqual(["refund"]);
  });

  it("will not print or deliver a letter with characters no hand can write", async () => {
    const cast = await makeCast(ctx.db);
    const unwritable = ["pay", "claim", { save: "Dear Margaret, 𓀀" }, "submit_for_review", "send_to_client", "approve"] as const;
    for (const [delivery, event] of [["mail", "mark_printed"], ["pdf", "mark_delivered"]] as const) {
      const order = await createOrderThrough(ctx.db, cast, cast.brief({ delivery }), unwritable);
      await expect(fulfilOrder(ctx.db, cast.admin, { orderId: order.id, event })).rejects.toThrow(/No handwriting can write “𓀀”/);
      expect((await getAdminOrder(ctx.db, cast.admin, order.id)).order.status).toBe("approved");
    }
  });

  it("assigns only a real writer to a paid order", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    expect((await getAdminOrder(ctx.db, cast.admin, order.id)).events).toEqual(expect.arrayContaining(["assign", "cancel"]));
    await expect(fulfilOrder(ctx.db, cast.admin, { orderId: order.id, event: "assign", writerId: cast.editor.id })).rejects.toThrow(/Choose a writer/);
    await expect(fulfilOrder(ctx.db, cast.admin, { orderId: order.id, event: "assign" })).rejects.toThrow(/Choose a writer/);
    const assigned = await fulfilOrder(ctx.db, cast.editor, { orderId: order.id, event: "assign", writerId: cast.otherWriter.id });
    expect(assigned).toMatchObject({ status: "assigned", writerId: cast.otherWriter.id });
    // Once writing has started, assigning hands the letter over without changing its status.
    const handedOver = await fulfilOrder(ctx.db, cast.admin, { orderId: order.id, event: "assign", writerId: cast.writer.id });
    expect(handedOver).toMatchObject({ status: "assigned", writerId: cast.writer.id });
  });

  it("refuses the fulfilment action to clients and writers as not found, and accepts it from the admin", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    const { fulfilOrderAction } = await import("@/app/(admin)/admin/orders/[id]/actions");
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [k, v] of Object.entries(fields)) data.set(k, v);
      return data;
    };
    for (const actor of [cast.client, cast.writer]) {
      await signInAs(ctx.db, actor);
      const result = await fulfilOrderAction(null, form({ orderId: order.id, event: "cancel" }));
      expect(result).toMatchObject({ ok: false, error: "That page could not be found." });
    }
    await signInAs(ctx.db, cast.admin);
    // Unknown keys never reach the database.
    expect(await fulfilOrderAction(null, form({ orderId: order.id, event: "cancel", status: "delivered" }))).toMatchObject({ ok: false });
    expect(await fulfilOrderAction(null, form({ orderId: order.id, event: "cancel" }))).toMatchObject({ ok: true });
    const [row] = await ctx.db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id));
    expect(row.status).toBe("cancelled");
  });
});

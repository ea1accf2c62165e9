import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, orders } from "@/lib/db/schema";
import { saveVersion } from "@/lib/letters/save-version";
import { placeOrder } from "@/lib/orders/place-order";
import { applyTransition, availableEvents } from "@/lib/orders/state-machine";
import { recordOfflinePayment } from "@/lib/payments/record-offline-payment";
import { describeWithDatabase } from "../helpers/test-database";
import { makeCast } from "../helpers/people";

describeWithDatabase("order state machine", (ctx) => {
  it("walks an order from brief to approval, writing the audit log at every step", async () => {
    const cast = await makeCast(ctx.db);
    const order = await placeOrder(ctx.db, cast.client, cast.brief());
    expect(order.status).toBe("draft");
    expect(order.priceCents).toBe(5900);

    await recordOfflinePayment(ctx.db, cast.client, order.id);
    await applyTransition(ctx.db, cast.writer, order.id, "claim");
    const v1 = await saveVersion(ctx.db, cast.writer, order.id, { body: "Dear Mum,", baseNumber: 0 });
    expect(v1.number).toBe(1);
    await applyTransition(ctx.db, cast.writer, order.id, "submit_for_review");
    await applyTransition(ctx.db, cast.editor, order.id, "send_to_client");
    const approved = await applyTransition(ctx.db, cast.client, order.id, "approve");
    expect(approved.status).toBe("approved");

    const trail = await ctx.db.select().from(auditLog).where(eq(auditLog.entityId, order.id)).orderBy(auditLog.id);
    expect(trail.map((e) => e.toStatus)).toEqual(["draft", "paid", "assigned", "drafting", "in_review", "with_client", "approved"]);
  });

  it("refuses transitions that are not in the table or not for this actor", async () => {
    const cast = await makeCast(ctx.db);
    const order = await placeOrder(ctx.db, cast.client, cast.brief());
    // A client cannot mark their own order paid; a writer cannot claim an unpaid order.
    await expect(applyTransition(ctx.db, cast.client, order.id, "pay")).rejects.toThrow("You cannot do that.");
    await expect(applyTransition(ctx.db, cast.writer, order.id, "claim")).rejects.toThrow(/not be found/);
    await recordOfflinePayment(ctx.db, cast.client, order.id);
    await applyTransition(ctx.db, cast.writer, order.id, "claim");
    // Once claimed, the order is invisible to other writers and to other clients.
    await expect(applyTransition(ctx.db, cast.otherWriter, order.id, "submit_for_review")).rejects.toThrow(/not be found/);
    await expect(applyTransition(ctx.db, cast.otherClient, order.id, "approve")).rejects.toThrow(/not be found/);
    // The editor cannot skip the writer's submission.
    await expect(applyTransition(ctx.db, cast.editor, order.id, "send_to_client")).rejects.toThrow(/writer assigned/);
    const [row] = await ctx.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row.status).toBe("assigned");
  });

  it("counts revision rounds and stops at the included number", async () => {
    const cast = await makeCast(ctx.db);
    const order = await placeOrder(ctx.db, cast.client, cast.brief());
    await ctx.db.update(orders).set({ revisionRoundsIncluded: 1 }).where(eq(orders.id, order.id));
    await recordOfflinePayment(ctx.db, cast.client, order.id);
    await applyTransition(ctx.db, cast.writer, order.id, "claim");
    await saveVersion(ctx.db, cast.writer, order.id, { body: "One", baseNumber: 0 });
    await applyTransition(ctx.db, cast.writer, order.id, "submit_for_review");
    await applyTransition(ctx.db, cast.editor, order.id, "send_to_client");
    const revised = await applyTransition(ctx.db, cast.client, order.id, "request_revision");
    expect(revised.revisionRoundsUsed).toBe(1);
    await saveVersion(ctx.db, cast.writer, order.id, { body: "Two", baseNumber: 1 });
    await applyTransition(ctx.db, cast.writer, order.id, "submit_for_review");
    const withClient = await applyTransition(ctx.db, cast.editor, order.id, "send_to_client");
    expect(availableEvents(withClient, cast.client)).toEqual(["approve"]);
    await expect(applyTransition(ctx.db, cast.client, order.id, "request_revision")).rejects.toThrow(/revision rounds/);
  });

  it("refuses a save based on an older version and keeps every version", async () => {
    const cast = await makeCast(ctx.db);
    const order = await placeOrder(ctx.db, cast.client, cast.brief());
    await recordOfflinePayment(ctx.db, cast.client, order.id);
    await applyTransition(ctx.db, cast.writer, order.id, "claim");
    await saveVersion(ctx.db, cast.writer, order.id, { body: "First", baseNumber: 0 });
    await saveVersion(ctx.db, cast.writer, order.id, { body: "Second", baseNumber: 1 });
    await expect(saveVersion(ctx.db, cast.writer, order.id, { body: "Stale", baseNumber: 1 })).rejects.toThrow(/saved version 2/);
    const versions = await ctx.db.query.letterVersions.findMany({ where: (v, { eq }) => eq(v.orderId, order.id) });
    expect(versions.map((v) => v.body).sort()).toEqual(["First", "Second"]);
  });
});

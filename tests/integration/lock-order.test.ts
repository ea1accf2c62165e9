import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { comments, orders } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { returnToWriter } from "@/lib/letters/return-to-writer";
import { requestChanges } from "@/lib/orders/request-changes";
import { makeCast } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";

const toClient = ["pay", "claim", { save: "Dear Margaret,\n\nThe lake is still cold." }, "submit_for_review", "send_to_client"] as const;
const toReview = ["pay", "claim", { save: "Dear Margaret,\n\nThe lake is still cold." }, "submit_for_review"] as const;

// Double submits and two people at once must never deadlock: the order row is locked first.
describeWithDatabase("lock order under concurrency", (ctx) => {
  it("answers 20 concurrent requests for changes with one success and a clear message for the rest", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), toClient);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => requestChanges(ctx.db, cast.client, order.id, `Please make it warmer (${i}).`)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const reasons = results.flatMap((r) => (r.status === "rejected" ? [String(r.reason?.message)] : []));
    expect(reasons).toHaveLength(19);
    for (const reason of reasons) expect(reason).toBe("Already done: this order is now “Changes requested”.");

    const [row] = await ctx.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ status: "revision_requested", revisionRoundsUsed: 1 });
    expect(await ctx.db.select().from(comments).where(eq(comments.orderId, order.id))).toHaveLength(1);
  });

  it("lets one of two editors return a letter, and tells the other", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), toReview);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => returnToWriter(ctx.db, cast.editor, order.id, { body: "Warmer, please.", passage: "" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason.message).toMatch(/^Already done/);
    expect(await ctx.db.select().from(comments).where(eq(comments.orderId, order.id))).toHaveLength(1);
  });
});

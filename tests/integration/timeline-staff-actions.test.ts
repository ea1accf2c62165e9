import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { payments } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { saveVersion } from "@/lib/letters/save-version";
import { refundPayment } from "@/lib/payments/refund-payment";
import { getOrderTimeline } from "@/lib/timeline/get-order-timeline";
import { makeCast } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";

describeWithDatabase("staff actions in the client's timeline", (ctx) => {
  it("shows the client an editor's edit of their letter and a refund, and shows a stranger nothing", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim", { save: "Dear Mum," }, "submit_for_review"]);
    await saveVersion(ctx.db, cast.editor, order.id, { body: "Dearest Mum,", baseNumber: 1 });
    const [payment] = await ctx.db.select().from(payments).where(eq(payments.orderId, order.id));
    await refundPayment(ctx.db, null, cast.admin, { paymentId: payment.id, amountCents: 500, reason: "Late" });

    const timeline = await getOrderTimeline(ctx.db, cast.client, order.id);
    expect(timeline.slice(-2).map((e) => [e.label, e.by])).toEqual([
      ["Letter edited (version 2)", "Our editor"],
      [expect.stringMatching(/^Refunded \$5\.00$/), "Our team"],
    ]);
    expect(await getOrderTimeline(ctx.db, cast.otherClient, order.id)).toEqual([]);
  });
});

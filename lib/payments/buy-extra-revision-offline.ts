import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, payments } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { EXTRA_REVISION_PRICE } from "@/lib/orders/pricing";
import { addExtraRevisionRound } from "./add-extra-revision-round";
import { whyNoExtraRevision } from "./why-no-extra-revision";

/**
 * Offline payment mode only: the client buys another round of changes for their own order. The
 * payment row and the extra round are recorded together or not at all.
 */
export async function buyExtraRevisionOffline(db: DbOrTx, client: Actor, orderId: string) {
  if (!z.uuid().safeParse(orderId).success) throw notFound("That order");
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.id, orderId), eq(orders.clientId, client.id)))
      .for("update");
    if (!order) throw notFound("That order");
    const reason = whyNoExtraRevision(order);
    if (reason) throw new AppError("CONFLICT", reason);
    const [payment] = await tx
      .insert(payments)
      .values({
        orderId,
        provider: "offline",
        status: "succeeded",
        purpose: "extra_revision",
        amountCents: EXTRA_REVISION_PRICE,
        currency: order.currency,
      })
      .returning();
    await addExtraRevisionRound(tx, client, payment);
    return payment;
  });
}

import { and, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, payments } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { applyTransition, SYSTEM } from "@/lib/orders/state-machine";

/**
 * Offline payment mode, used only when Stripe is not configured: the client confirms the amount
 * shown and the order is paid at its stored price. It is labelled as such wherever it appears.
 */
export async function recordOfflinePayment(db: DbOrTx, client: Actor, orderId: string) {
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.id, orderId), eq(orders.clientId, client.id)))
      .for("update");
    if (!order) throw notFound("That order");
    if (order.status !== "draft") {
      throw new AppError("CONFLICT", order.status === "cancelled" ? "This order was cancelled." : "This order has already been paid.");
    }
    const [payment] = await tx
      .insert(payments)
      .values({
        orderId,
        provider: "offline",
        status: "succeeded",
        amountCents: order.priceCents,
        currency: order.currency,
      })
      .returning();
    await applyTransition(tx, SYSTEM, orderId, "pay", { detail: { provider: "offline", paymentId: payment.id } });
    return payment;
  });
}

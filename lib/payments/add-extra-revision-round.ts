import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, orders, type Payment } from "@/lib/db/schema";
import type { TransitionActor } from "@/lib/orders/state-machine";

/**
 * A paid extra round: the order includes one more revision round. Called once per payment, in the
 * transaction that marks the payment succeeded, so it can never count twice.
 */
export async function addExtraRevisionRound(tx: DbOrTx, actor: TransitionActor, payment: Pick<Payment, "id" | "orderId" | "provider">) {
  const [order] = await tx
    .update(orders)
    .set({ revisionRoundsIncluded: sql`${orders.revisionRoundsIncluded} + 1`, updatedAt: new Date() })
    .where(eq(orders.id, payment.orderId))
    .returning({ revisionRoundsIncluded: orders.revisionRoundsIncluded });
  await tx.insert(auditLog).values({
    actorId: actor.id,
    actorRole: actor.role,
    action: "order.extra_revision",
    entityType: "order",
    entityId: payment.orderId,
    detail: { paymentId: payment.id, provider: payment.provider, revisionRoundsIncluded: order.revisionRoundsIncluded },
  });
}

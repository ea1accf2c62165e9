import { and, eq } from "drizzle-orm";
import { can, orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, orders, type Order, type OrderStatus } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { requireWriter } from "./require-writer";

/** States in which a letter has a writer who can be replaced. */
export const REASSIGNABLE: readonly OrderStatus[] = ["assigned", "drafting", "in_review", "revision_requested"];

/**
 * Hands a letter that already has a writer to another writer. The status does not change, so this
 * is not a state-machine transition; it locks the row and writes the audit log the same way.
 * The versions stay with the order: the new writer continues from the latest one.
 */
export async function reassignWriter(db: DbOrTx, actor: Actor, orderId: string, writerId: string): Promise<Order> {
  if (!can(actor, "order.assign")) throw notFound("That order");
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(and(eq(orders.id, orderId), orderScope(actor))).for("update");
    if (!order) throw notFound("That order");
    if (!REASSIGNABLE.includes(order.status) || !order.writerId) {
      throw new AppError("CONFLICT", "Only a letter that is being written or reviewed can be given to another writer.");
    }
    const writer = await requireWriter(tx, writerId);
    if (writer.id === order.writerId) throw new AppError("CONFLICT", `${writer.name} is already writing this letter.`);
    const [updated] = await tx
      .update(orders)
      .set({ writerId: writer.id, updatedAt: new Date() })
      .where(eq(orders.id, orderId))
      .returning();
    await tx.insert(auditLog).values({
      actorId: actor.id,
      actorRole: actor.role,
      action: "order.reassign",
      entityType: "order",
      entityId: orderId,
      fromStatus: order.status,
      toStatus: order.status,
      detail: { fromWriterId: order.writerId, toWriterId: writer.id },
    });
    return updated;
  });
}

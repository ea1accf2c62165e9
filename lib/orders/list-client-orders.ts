import { and, desc, eq } from "drizzle-orm";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients } from "@/lib/db/schema";

/**
 * The orders the actor may see, newest first, with what a list of them shows; with a recipient,
 * every letter ever ordered for that person (the recipient's page).
 */
export async function listClientOrders(db: DbOrTx, actor: Actor, filter: { recipientId?: string } = {}) {
  return db
    .select({
      id: orders.id,
      occasion: orders.occasion,
      status: orders.status,
      priceCents: orders.priceCents,
      currency: orders.currency,
      createdAt: orders.createdAt,
      recipientName: recipients.name,
    })
    .from(orders)
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .where(and(orderScope(actor), filter.recipientId ? eq(orders.recipientId, filter.recipientId) : undefined))
    .orderBy(desc(orders.createdAt), desc(orders.id));
}

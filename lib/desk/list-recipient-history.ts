import { and, desc, eq, inArray, ne, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders, type OrderStatus } from "@/lib/db/schema";
import { getDeskOrder } from "./get-desk-order";

/** Letters the client has already read: the ones a new letter to the same person should not repeat. */
const SENT: readonly OrderStatus[] = ["with_client", "revision_requested", "approved", "printed", "mailed", "delivered"];

/**
 * Earlier letters to the recipient of this order, newest first, each as its latest version. A
 * writer may read them only through an order of theirs to the same recipient (checked first), so
 * they can avoid repeating a memory or a phrase; the other orders' details stay hidden.
 */
export async function listRecipientHistory(db: DbOrTx, actor: Actor, orderId: string) {
  const order = await getDeskOrder(db, actor, orderId);
  if (!order.recipientId) return [];
  const latestNumber = sql<number>`(select max(lv.number) from letter_versions lv where lv.order_id = ${orders.id})`;
  return db
    .select({
      orderId: orders.id,
      occasion: orders.occasion,
      status: orders.status,
      createdAt: orders.createdAt,
      body: letterVersions.body,
    })
    .from(orders)
    .innerJoin(letterVersions, and(eq(letterVersions.orderId, orders.id), eq(letterVersions.number, latestNumber)))
    .where(
      and(
        eq(orders.recipientId, order.recipientId),
        eq(orders.clientId, order.clientId),
        ne(orders.id, order.id),
        inArray(orders.status, SENT),
      ),
    )
    .orderBy(desc(orders.createdAt));
}

import { and, eq, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import { orders, type Order } from "@/lib/db/schema";

/**
 * Locks an order's row until the transaction ends, or returns null when no row matches (`scope`
 * narrows it to what an actor may see). The lock order of the whole app: every transaction that
 * touches an order takes this lock FIRST, then the order's payments, then writes. Inserting a
 * comment, version or payment first would hold a key-share lock on the order, and two such
 * transactions then deadlock when each asks for the row lock the other's share blocks.
 */
export async function lockOrder(tx: DbOrTx, orderId: string, scope: SQL = sql`true`): Promise<Order | null> {
  // A malformed id matches nothing (Postgres would reject the comparison).
  if (!z.uuid().safeParse(orderId).success) return null;
  const [order] = await tx.select().from(orders).where(and(eq(orders.id, orderId), scope)).for("update");
  return order ?? null;
}

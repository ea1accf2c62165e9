import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { can, orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, type Order } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { applyTransition } from "@/lib/orders/state-machine";
import { reassignWriter } from "./reassign-writer";
import { requireWriter } from "./require-writer";

/**
 * An editor or admin gives a letter to a writer: a paid letter from the pool goes through the
 * state machine's "assign"; a letter that already has a writer is reassigned. Both re-check the
 * order under a row lock, so the status read here only picks the way.
 */
export async function assignWriter(db: DbOrTx, actor: Actor, orderId: string, writerId: string): Promise<Order> {
  if (!can(actor, "order.assign") || !z.uuid().safeParse(orderId).success) throw notFound("That order");
  const [order] = await db.select({ status: orders.status }).from(orders).where(and(eq(orders.id, orderId), orderScope(actor)));
  if (!order) throw notFound("That order");
  if (order.status !== "paid") return reassignWriter(db, actor, orderId, writerId);
  const writer = await requireWriter(db, writerId);
  return applyTransition(db, actor, orderId, "assign", { writerId: writer.id });
}

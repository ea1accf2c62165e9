import { and, eq } from "drizzle-orm";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients, type Order } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";

export type WorkingOrder = { order: Order; recipient: { name: string; relationship: string; notes: string; birthday: string | null } };

/**
 * An order someone is writing, with its recipient: for the writer on it and for staff. Anyone
 * else, including a writer looking at an unclaimed order in the open pool, gets "not found".
 */
export async function getWorkingOrder(db: DbOrTx, actor: Actor, orderId: string): Promise<WorkingOrder> {
  const [row] = await db
    .select({
      order: orders,
      name: recipients.name,
      relationship: recipients.relationship,
      notes: recipients.notes,
      birthday: recipients.birthday,
    })
    .from(orders)
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .where(and(eq(orders.id, orderId), orderScope(actor)));
  if (!row) throw notFound("That order");
  if (actor.role === "writer" && row.order.writerId !== actor.id) throw notFound("That order");
  if (actor.role === "client") throw notFound("That order");
  return {
    order: row.order,
    recipient: { name: row.name ?? "", relationship: row.relationship ?? "", notes: row.notes ?? "", birthday: row.birthday },
  };
}

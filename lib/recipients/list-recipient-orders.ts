import { and, desc, eq } from "drizzle-orm";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders } from "@/lib/db/schema";

/** Every letter ever ordered for a recipient that the actor may see, newest first. */
export async function listRecipientOrders(db: DbOrTx, actor: Actor, recipientId: string) {
  return db
    .select({
      id: orders.id,
      occasion: orders.occasion,
      status: orders.status,
      priceCents: orders.priceCents,
      currency: orders.currency,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .where(and(eq(orders.recipientId, recipientId), orderScope(actor)))
    .orderBy(desc(orders.createdAt));
}

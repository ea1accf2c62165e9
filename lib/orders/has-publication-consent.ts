import { and, eq, isNull } from "drizzle-orm";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { consents, orders } from "@/lib/db/schema";

/** Whether the order's client currently allows the letter to be published. */
export async function hasPublicationConsent(db: DbOrTx, actor: Actor, orderId: string): Promise<boolean> {
  const rows = await db
    .select({ id: consents.id })
    .from(consents)
    .innerJoin(orders, eq(orders.id, consents.orderId))
    .where(and(eq(consents.orderId, orderId), isNull(consents.revokedAt), orderScope(actor)))
    .limit(1);
  return rows.length > 0;
}

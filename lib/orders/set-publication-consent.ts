import { and, eq, isNull, sql } from "drizzle-orm";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, consents, orders, type OrderStatus } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { removeWithdrawnLetter } from "@/lib/books/remove-withdrawn-letter";

const decidedStatuses: readonly OrderStatus[] = ["approved", "printed", "mailed", "delivered"];

/**
 * The client allows or stops the publication of their approved letter in a collection. A grant is
 * a row; revoking stamps it, so the history of the decision is kept. Only the order's own client
 * decides; repeating the same choice changes nothing. Withdrawing takes the letter out of every
 * book not yet sent to print.
 */
export async function setPublicationConsent(db: DbOrTx, client: Actor, orderId: string, allow: boolean): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [order] = await tx
      .select({ id: orders.id, status: orders.status })
      .from(orders)
      .where(and(eq(orders.id, orderId), eq(orders.clientId, client.id), orderScope(client)))
      .for("update");
    if (!order) throw notFound("That order");
    if (!decidedStatuses.includes(order.status)) {
      throw new AppError("CONFLICT", "You can decide about publication once you have approved the letter.");
    }
    const active = await tx
      .select({ id: consents.id })
      .from(consents)
      .where(and(eq(consents.orderId, orderId), isNull(consents.revokedAt)));
    if (allow === active.length > 0) return allow;
    if (allow) await tx.insert(consents).values({ orderId, clientId: client.id });
    else {
      await tx.update(consents).set({ revokedAt: sql`now()` }).where(and(eq(consents.orderId, orderId), isNull(consents.revokedAt)));
      await removeWithdrawnLetter(tx, orderId);
    }
    await tx.insert(auditLog).values({
      actorId: client.id,
      actorRole: client.role,
      action: allow ? "consent.grant" : "consent.revoke",
      entityType: "order",
      entityId: orderId,
    });
    return allow;
  });
}

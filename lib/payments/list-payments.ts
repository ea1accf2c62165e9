import { desc, eq } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, payments, users } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";

/** Every payment, newest first, with its order and client, for the admin's payments screen. */
export async function listPayments(db: DbOrTx, actor: Actor) {
  if (!can(actor, "order.refund")) throw notFound("That page");
  return db
    .select({
      id: payments.id,
      orderId: payments.orderId,
      provider: payments.provider,
      status: payments.status,
      amountCents: payments.amountCents,
      refundedCents: payments.refundedCents,
      currency: payments.currency,
      createdAt: payments.createdAt,
      orderStatus: orders.status,
      occasion: orders.occasion,
      clientName: users.name,
      clientEmail: users.email,
    })
    .from(payments)
    .innerJoin(orders, eq(orders.id, payments.orderId))
    .innerJoin(users, eq(users.id, orders.clientId))
    .orderBy(desc(payments.createdAt))
    .limit(500);
}

import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { payments } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { getOrderForActor } from "@/lib/orders/get-order-for-actor";
import { letterTitle } from "./letter-title";

/** The client's order and its completed payments, for receipts; an order with none has no receipt. */
export async function getReceipts(db: DbOrTx, actor: Actor, orderId: string) {
  const order = await getOrderForActor(db, actor, orderId);
  // Writers see paid orders in the open pool, but receipts are the client's alone.
  if (order.clientId !== actor.id) throw notFound("That receipt");
  const paid = await db
    .select({
      id: payments.id,
      provider: payments.provider,
      status: payments.status,
      amountCents: payments.amountCents,
      refundedCents: payments.refundedCents,
      currency: payments.currency,
      purpose: payments.purpose,
      createdAt: payments.createdAt,
    })
    .from(payments)
    .where(and(eq(payments.orderId, order.id), inArray(payments.status, ["succeeded", "partially_refunded", "refunded"])))
    .orderBy(asc(payments.createdAt));
  if (paid.length === 0) throw notFound("That receipt");
  const letter = letterTitle(order, order.recipientName);
  // What each payment bought, as its receipt names it.
  const labelled = paid.map((p) => ({ ...p, label: p.purpose === "extra_revision" ? "Another round of changes" : letter }));
  return { order, letter, payments: labelled };
}

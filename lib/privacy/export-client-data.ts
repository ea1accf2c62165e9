import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { comments, consents, orders, payments, recipients, recurringLetters, refunds, users } from "@/lib/db/schema";
import { latestBodies } from "@/lib/books/latest-bodies";
import { clientReadableStatuses } from "@/lib/orders/get-letter-for-client";

/**
 * Everything we hold about a client, as they would want to take it away: account, address book,
 * orders with their briefs, the letters as they read them, their comments, payments, refunds,
 * publication consents and repeat letters. Only their own rows; staff notes and drafts they were
 * never shown are the writers' work, not their data.
 */
export async function exportClientData(db: DbOrTx, actor: Actor) {
  const [account] = await db
    .select({ name: users.name, email: users.email, emailNotifications: users.emailNotifications, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, actor.id));
  const theirRecipients = await db.select().from(recipients).where(eq(recipients.clientId, actor.id)).orderBy(asc(recipients.createdAt));
  const theirOrders = await db.select().from(orders).where(eq(orders.clientId, actor.id)).orderBy(asc(orders.createdAt));
  const orderIds = theirOrders.map((o) => o.id);
  const readable = theirOrders.filter((o) => clientReadableStatuses.includes(o.status)).map((o) => o.id);
  const [letters, theirComments, theirPayments, theirConsents, repeats] = await Promise.all([
    latestBodies(db, readable),
    orderIds.length ? db.select().from(comments).where(and(inArray(comments.orderId, orderIds), eq(comments.authorId, actor.id))) : [],
    orderIds.length ? db.select().from(payments).where(inArray(payments.orderId, orderIds)) : [],
    orderIds.length ? db.select().from(consents).where(inArray(consents.orderId, orderIds)) : [],
    db.select().from(recurringLetters).where(eq(recurringLetters.clientId, actor.id)),
  ]);
  const paymentIds = theirPayments.map((p) => p.id);
  const theirRefunds = paymentIds.length ? await db.select().from(refunds).where(inArray(refunds.paymentId, paymentIds)) : [];
  return {
    exportedAt: new Date().toISOString(),
    account,
    recipients: theirRecipients,
    orders: theirOrders.map((o) => ({
      ...o,
      letter: letters.get(o.id) ?? null,
      letterPdf: letters.has(o.id) ? `/api/orders/${o.id}/letter.pdf` : null,
      comments: theirComments.filter((c) => c.orderId === o.id).map(({ body, quote, kind, createdAt }) => ({ kind, body, quote, createdAt })),
      payments: theirPayments
        .filter((p) => p.orderId === o.id)
        .map(({ id, provider, status, amountCents, refundedCents, currency, purpose, createdAt }) => ({
          provider,
          status,
          amountCents,
          refundedCents,
          currency,
          purpose,
          createdAt,
          refunds: theirRefunds.filter((r) => r.paymentId === id).map(({ amountCents: a, createdAt: at }) => ({ amountCents: a, createdAt: at })),
        })),
      consents: theirConsents.filter((c) => c.orderId === o.id).map(({ grantedAt, revokedAt }) => ({ grantedAt, revokedAt })),
    })),
    repeatLetters: repeats,
  };
}

/** How many of the client's letters the export holds (each with its PDF), for the account page. */
export async function countExportedLetters(db: DbOrTx, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(orders)
    .where(and(eq(orders.clientId, actor.id), inArray(orders.status, [...clientReadableStatuses])));
  return row.n;
}

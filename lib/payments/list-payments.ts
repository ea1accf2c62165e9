import { and, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, orders, payments, paymentStatusEnum, users } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { byTime } from "@/lib/lists/keyset";
import { listPage } from "@/lib/lists/list-page";
import { containsPattern, cursorParam, listParam, searchParam } from "@/lib/lists/list-params";

/** The payments page's query string: a payment status and a search by client. */
export const paymentFilterSchema = z.object({
  status: listParam(z.enum(paymentStatusEnum.enumValues)),
  q: searchParam,
  cursor: cursorParam,
});

export type PaymentFilter = z.infer<typeof paymentFilterSchema>;

function filterWhere(db: DbOrTx, filter: PaymentFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(payments.status, filter.status));
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    // The clients first, then their orders, then those orders' payments, each through an index.
    const clients = db.select({ id: users.id }).from(users).where(or(ilike(users.name, pattern), ilike(users.email, pattern)));
    const theirOrders = db.select({ id: orders.id }).from(orders).where(sql`${orders.clientId} = any(array${clients})`);
    conditions.push(sql`${payments.orderId} = any(array${theirOrders})`);
  }
  return and(...conditions);
}

export const UNPAYABLE_ACTION = "payment.received_for_unpayable_order";

/** Payments, newest first, a page at a time, with their order and client, for the admin's payments screen. */
export async function listPayments(db: DbOrTx, actor: Actor, filter: PaymentFilter = {}) {
  if (!can(actor, "order.refund")) throw notFound("That page");
  return listPage(db, {
    keyset: byTime(payments.createdAt, payments.id, "desc"),
    cursor: filter.cursor,
    // Each row carries its own refund form: 25 rows keep the page under 200 KB.
    pageSize: 25,
    table: payments,
    where: filterWhere(db, filter),
    countKey: `payments:${filter.status ?? ""}:${filter.q ?? ""}`,
    select: (cursorKey) =>
      db
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
          // Money taken for an order that was already paid (or cancelled meanwhile): fulfilCheckout
          // records it, and the page offers to refund it in one click.
          unpayable: sql<boolean>`exists (select 1 from ${auditLog} where ${auditLog.entityType} = 'payment' and ${auditLog.entityId} = ${payments.id} and ${auditLog.action} = ${UNPAYABLE_ACTION})`,
          cursorKey,
        })
        .from(payments)
        .innerJoin(orders, eq(orders.id, payments.orderId))
        .innerJoin(users, eq(users.id, orders.clientId))
        .$dynamic(),
  });
}

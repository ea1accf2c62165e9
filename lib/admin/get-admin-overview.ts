import { and, gte, inArray, sql } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, orders, orderStatusEnum, payments, type OrderStatus } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { recently } from "@/lib/cache/recently";

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

// Counting 100,000 orders and summing their payments takes ~150 ms of database time: the
// overview is computed at most this often, and says how old its figures are.
export const OVERVIEW_MAX_AGE_MS = 30_000;

/**
 * The admin's overview: orders per status (every status, zeros included, in journey order),
 * revenue kept (succeeded payments less what was refunded) per currency, and this week's letters,
 * as of `asOf` (at most `maxAgeMs` ago).
 */
export async function getAdminOverview(db: DbOrTx, actor: Actor, { maxAgeMs = OVERVIEW_MAX_AGE_MS } = {}) {
  if (!can(actor, "order.fulfil")) throw notFound("That page");
  return recently("admin-overview", maxAgeMs, () => computeOverview(db, new Date()));
}

async function computeOverview(db: DbOrTx, now: Date) {
  const weekAgo = new Date(now.getTime() - WEEK_MS);
  const [counts, revenue, [week]] = await Promise.all([
    db
      .select({ status: orders.status, count: sql<number>`count(*)`.mapWith(Number) })
      .from(orders)
      .groupBy(orders.status),
    db
      .select({
        currency: payments.currency,
        cents: sql<number>`coalesce(sum(${payments.amountCents} - ${payments.refundedCents}), 0)`.mapWith(Number),
      })
      .from(payments)
      .where(inArray(payments.status, ["succeeded", "partially_refunded", "refunded"]))
      .groupBy(payments.currency),
    db
      .select({
        placed: sql<number>`count(*) filter (where ${auditLog.action} = 'order.place')`.mapWith(Number),
        approved: sql<number>`count(*) filter (where ${auditLog.action} = 'order.approve')`.mapWith(Number),
        sent: sql<number>`count(*) filter (where ${auditLog.action} in ('order.mark_mailed', 'order.mark_delivered'))`.mapWith(Number),
      })
      .from(auditLog)
      // 'order' is written into the SQL so the partial index on this week's order events always applies.
      .where(and(sql`${auditLog.entityType} = 'order'`, gte(auditLog.createdAt, weekAgo))),
  ]);
  const byStatus = orderStatusEnum.enumValues.map((status: OrderStatus) => ({
    status,
    count: counts.find((c) => c.status === status)?.count ?? 0,
  }));
  return { byStatus, total: byStatus.reduce((sum, s) => sum + s.count, 0), revenue, week, asOf: now };
}

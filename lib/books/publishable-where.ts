import { and, exists, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { consents, orders, type OrderStatus } from "@/lib/db/schema";

export const PUBLISHABLE_STATUSES: readonly OrderStatus[] = ["approved", "printed", "mailed", "delivered"];

/**
 * Orders whose letter may go into a book: approved by the client (or further along) and with a
 * consent from that client that has not been revoked. Checked when adding and again when compiling.
 */
export function publishableWhere(): SQL {
  return and(
    inArray(orders.status, [...PUBLISHABLE_STATUSES]),
    exists(
      sql`(select 1 from ${consents} where ${consents.orderId} = ${orders.id} and ${consents.clientId} = ${orders.clientId} and ${isNull(consents.revokedAt)})`,
    ),
  )!;
}

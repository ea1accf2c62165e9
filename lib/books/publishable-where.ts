import { and, exists, isNull, sql, type SQL } from "drizzle-orm";
import { consents, orders, type OrderStatus } from "@/lib/db/schema";
import { statusIs } from "@/lib/orders/status-is";

export const PUBLISHABLE_STATUSES: readonly OrderStatus[] = ["approved", "printed", "mailed", "delivered"];

/**
 * Orders whose letter may go into a book: approved by the client (or further along) and with a
 * consent from that client that has not been revoked. Checked when adding and again when compiling.
 */
export function publishableWhere(): SQL {
  return and(
    statusIs(PUBLISHABLE_STATUSES),
    exists(
      sql`(select 1 from ${consents} where ${consents.orderId} = ${orders.id} and ${consents.clientId} = ${orders.clientId} and ${isNull(consents.revokedAt)})`,
    ),
  )!;
}

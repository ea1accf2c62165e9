import { sql, type SQL } from "drizzle-orm";
import { orders, orderStatusEnum, type OrderStatus } from "@/lib/db/schema";

/**
 * `orders.status in ('a', 'b')` with the statuses written into the SQL rather than sent as
 * parameters: the lists' partial indexes (desk, pool, review queue, publishable letters) are only
 * usable when the planner can see the statuses, which it cannot in a prepared statement's
 * generic plan. Only the enum's own values are ever written.
 */
export function statusIs(statuses: readonly OrderStatus[]): SQL {
  const known = statuses.filter((s) => (orderStatusEnum.enumValues as readonly string[]).includes(s));
  if (known.length === 0) return sql`false`;
  return sql`${orders.status} in (${sql.raw(known.map((s) => `'${s}'`).join(", "))})`;
}

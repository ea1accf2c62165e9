import { and, eq, ilike, inArray, type SQL } from "drizzle-orm";
import { z } from "zod";
import { orderScope, recipientScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients } from "@/lib/db/schema";
import { byTime } from "@/lib/lists/keyset";
import { listPage } from "@/lib/lists/list-page";
import { containsPattern, cursorParam, searchParam } from "@/lib/lists/list-params";

/** The client's letters page: a search by recipient, and the page. */
export const clientOrderFilterSchema = z.object({ q: searchParam, cursor: cursorParam });

export type ClientOrderFilter = z.infer<typeof clientOrderFilterSchema> & { recipientId?: string };

/**
 * The orders the actor may see, newest first, a page at a time, with what a list of them shows;
 * with a recipient, every letter ever ordered for that person (the recipient's page).
 */
export async function listClientOrders(db: DbOrTx, actor: Actor, filter: ClientOrderFilter = {}) {
  const conditions: SQL[] = [orderScope(actor)];
  if (filter.recipientId) conditions.push(eq(orders.recipientId, filter.recipientId));
  if (filter.q) {
    const named = db
      .select({ id: recipients.id })
      .from(recipients)
      .where(and(recipientScope(actor), ilike(recipients.name, containsPattern(filter.q))));
    conditions.push(inArray(orders.recipientId, named));
  }
  return listPage(db, {
    keyset: byTime(orders.createdAt, orders.id, "desc"),
    cursor: filter.cursor,
    table: orders,
    where: and(...conditions),
    countKey: `client-orders:${actor.id}:${filter.recipientId ?? ""}:${filter.q ?? ""}`,
    select: (cursorKey) =>
      db
        .select({
          id: orders.id,
          occasion: orders.occasion,
          status: orders.status,
          priceCents: orders.priceCents,
          currency: orders.currency,
          createdAt: orders.createdAt,
          // What the expected date is worked out from.
          delivery: orders.delivery,
          deadline: orders.deadline,
          statusChangedAt: orders.statusChangedAt,
          country: recipients.country,
          recipientName: recipients.name,
          cursorKey,
        })
        .from(orders)
        .leftJoin(recipients, eq(recipients.id, orders.recipientId))
        .$dynamic(),
  });
}

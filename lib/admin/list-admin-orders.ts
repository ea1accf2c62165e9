import { and, eq, gte, ilike, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { can, orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, orderStatusEnum, recipients, users } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { byTime } from "@/lib/lists/keyset";
import { listPage } from "@/lib/lists/list-page";
import { containsPattern, cursorParam, dateParam, listParam, searchParam } from "@/lib/lists/list-params";

const clients = alias(users, "clients");
const writers = alias(users, "writers");

/** The admin orders page's query string: status, writer, placed between two dates, a search. */
export const adminOrderFilterSchema = z.object({
  status: listParam(z.enum(orderStatusEnum.enumValues)),
  writer: listParam(z.uuid()),
  from: dateParam,
  to: dateParam,
  q: searchParam,
  cursor: cursorParam,
});

export type AdminOrderFilter = z.infer<typeof adminOrderFilterSchema>;

function filterWhere(db: DbOrTx, actor: Actor, filter: AdminOrderFilter): SQL {
  const conditions: (SQL | undefined)[] = [orderScope(actor)];
  if (filter.status) conditions.push(eq(orders.status, filter.status));
  if (filter.writer) conditions.push(eq(orders.writerId, filter.writer));
  // Dates are whole days in UTC, both ends included.
  if (filter.from) conditions.push(gte(orders.createdAt, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to) conditions.push(lt(orders.createdAt, sql`${filter.to}::date + 1`));
  if (filter.q) {
    // The client's name or email, or the recipient's name: people are found first (a few rows),
    // then their orders through the client and recipient indexes (`= any(array(…))` is an index
    // condition, where `in (…)` under an OR would make Postgres filter every order).
    const pattern = containsPattern(filter.q);
    const clientIds = db.select({ id: users.id }).from(users).where(or(ilike(users.name, pattern), ilike(users.email, pattern)));
    const recipientIds = db.select({ id: recipients.id }).from(recipients).where(ilike(recipients.name, pattern));
    conditions.push(or(sql`${orders.clientId} = any(array${clientIds})`, sql`${orders.recipientId} = any(array${recipientIds})`));
  }
  return and(...conditions)!;
}

/**
 * Every order for staff, newest first, a page at a time, with how many match the filters; only
 * the columns the table shows.
 */
export async function listAdminOrders(db: DbOrTx, actor: Actor, filter: AdminOrderFilter = {}) {
  if (!can(actor, "admin.view")) throw notFound("That page");
  return listPage(db, {
    keyset: byTime(orders.createdAt, orders.id, "desc"),
    cursor: filter.cursor,
    table: orders,
    where: filterWhere(db, actor, filter),
    countKey: `admin-orders:${JSON.stringify({ ...filter, cursor: undefined })}`,
    select: (cursorKey) =>
      db
        .select({
          id: orders.id,
          status: orders.status,
          occasion: orders.occasion,
          delivery: orders.delivery,
          priceCents: orders.priceCents,
          currency: orders.currency,
          createdAt: orders.createdAt,
          clientName: clients.name,
          recipientName: recipients.name,
          writerName: writers.name,
          cursorKey,
        })
        .from(orders)
        .innerJoin(clients, eq(clients.id, orders.clientId))
        .leftJoin(recipients, eq(recipients.id, orders.recipientId))
        .leftJoin(writers, eq(writers.id, orders.writerId))
        .$dynamic(),
  });
}

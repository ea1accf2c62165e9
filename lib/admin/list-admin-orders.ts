import { and, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { can, orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients, users, type OrderStatus } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";

const clients = alias(users, "clients");
const writers = alias(users, "writers");

/** Every order for staff, newest first, optionally of one status; only the columns the table shows. */
export async function listAdminOrders(db: DbOrTx, actor: Actor, filter: { status?: OrderStatus } = {}) {
  if (!can(actor, "admin.view")) throw notFound("That page");
  return db
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
    })
    .from(orders)
    .innerJoin(clients, eq(clients.id, orders.clientId))
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .leftJoin(writers, eq(writers.id, orders.writerId))
    .where(and(orderScope(actor), filter.status ? eq(orders.status, filter.status) : sql`true`))
    .orderBy(desc(orders.createdAt))
    .limit(500);
}

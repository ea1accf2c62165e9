import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { can, orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders, recipients, users } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { availableEvents } from "@/lib/orders/state-machine";

const clients = alias(users, "clients");
const writers = alias(users, "writers");

/** One order as staff see it: the brief, recipient, people, current letter and what can be done next. */
export async function getAdminOrder(db: DbOrTx, actor: Actor, orderId: string) {
  if (!can(actor, "admin.view") || !z.uuid().safeParse(orderId).success) throw notFound("That order");
  const [row] = await db
    .select({
      order: orders,
      recipient: recipients,
      client: { name: clients.name, email: clients.email },
      writerName: writers.name,
    })
    .from(orders)
    .innerJoin(clients, eq(clients.id, orders.clientId))
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .leftJoin(writers, eq(writers.id, orders.writerId))
    .where(and(eq(orders.id, orderId), orderScope(actor)));
  if (!row) throw notFound("That order");
  const [latest] = await db
    .select({ id: letterVersions.id, number: letterVersions.number, body: letterVersions.body, createdAt: letterVersions.createdAt })
    .from(letterVersions)
    .where(eq(letterVersions.orderId, orderId))
    .orderBy(desc(letterVersions.number))
    .limit(1);
  return { ...row, letter: latest ?? null, events: availableEvents(row.order, actor) };
}

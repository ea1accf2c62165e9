import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients, users } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { publishableWhere } from "./publishable-where";

const clients = alias(users, "clients");

export type PublishableLetter = Awaited<ReturnType<typeof listPublishableLetters>>[number];

/** Letters an admin may put into a book, newest first (see publishableWhere). */
export async function listPublishableLetters(db: DbOrTx, actor: Actor) {
  if (!can(actor, "collection.manage")) throw notFound("That page");
  return db
    .select({
      orderId: orders.id,
      occasion: orders.occasion,
      status: orders.status,
      recipientName: recipients.name,
      clientName: clients.name,
      approvedAt: orders.updatedAt,
    })
    .from(orders)
    .innerJoin(clients, eq(clients.id, orders.clientId))
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .where(publishableWhere())
    .orderBy(desc(orders.updatedAt));
}

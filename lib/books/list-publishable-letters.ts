import { and, eq, notExists } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collectionItems, orders, recipients, users } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { byTime } from "@/lib/lists/keyset";
import { listPage } from "@/lib/lists/list-page";
import { publishableWhere } from "./publishable-where";

const clients = alias(users, "clients");

export type PublishableLetter = Awaited<ReturnType<typeof listPublishableLetters>>["rows"][number];

/**
 * Letters an admin may put into a book, newest first, a page at a time (see publishableWhere);
 * with `notIn`, those not already in that collection.
 */
export async function listPublishableLetters(db: DbOrTx, actor: Actor, cursor?: string, notIn?: string) {
  if (!can(actor, "collection.manage")) throw notFound("That page");
  const inCollection = notIn
    ? notExists(
        db
          .select({ one: collectionItems.orderId })
          .from(collectionItems)
          .where(and(eq(collectionItems.collectionId, notIn), eq(collectionItems.orderId, orders.id))),
      )
    : undefined;
  return listPage(db, {
    keyset: byTime(orders.updatedAt, orders.id, "desc"),
    cursor,
    table: orders,
    where: and(publishableWhere(), inCollection),
    countKey: `publishable:${notIn ?? ""}`,
    select: (cursorKey) =>
      db
        .select({
          orderId: orders.id,
          occasion: orders.occasion,
          status: orders.status,
          recipientName: recipients.name,
          clientName: clients.name,
          approvedAt: orders.updatedAt,
          cursorKey,
        })
        .from(orders)
        .innerJoin(clients, eq(clients.id, orders.clientId))
        .leftJoin(recipients, eq(recipients.id, orders.recipientId))
        .$dynamic(),
  });
}

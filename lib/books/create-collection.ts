import { and, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, collectionItems, collections, orders, recipients, users } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { chapterTitle } from "./chapter-title";
import type { CollectionInput } from "./collection-schema";
import { latestBodies } from "./latest-bodies";
import { publishableWhere } from "./publishable-where";
import { redactLetter } from "./redact-letter";

const clients = alias(users, "clients");

/**
 * Creates a collection of consented, approved letters in the order given, each with a chapter
 * title and a redacted copy of its text (surnames to initials, addresses hidden) to edit later.
 */
export async function createCollection(db: DbOrTx, actor: Actor, input: CollectionInput) {
  if (!can(actor, "collection.manage")) throw notFound("That page");
  const orderIds = [...new Set(input.orderIds)];
  return db.transaction(async (tx) => {
    const letters = await tx
      .select({ order: orders, recipient: recipients, clientName: clients.name })
      .from(orders)
      .innerJoin(clients, eq(clients.id, orders.clientId))
      .leftJoin(recipients, eq(recipients.id, orders.recipientId))
      .where(and(inArray(orders.id, orderIds), publishableWhere()));
    const bodies = await latestBodies(tx, orderIds);
    const usable = new Map(letters.filter((l) => bodies.has(l.order.id)).map((l) => [l.order.id, l]));
    if (usable.size !== orderIds.length) {
      const message = "Some of those letters can no longer be published (consent withdrawn or not approved). Please choose again.";
      throw new AppError("CONFLICT", message, { orderIds: [message] });
    }
    const [collection] = await tx
      .insert(collections)
      .values({ title: input.title, subtitle: input.subtitle, createdById: actor.id })
      .returning();
    await tx.insert(collectionItems).values(
      orderIds.map((orderId, position) => {
        const { order, recipient, clientName } = usable.get(orderId)!;
        const people = { recipient: recipient ?? { name: "" }, clientName };
        return {
          collectionId: collection.id,
          orderId,
          position,
          title: chapterTitle(recipient?.name ?? null, order.occasion),
          redactedText: redactLetter(bodies.get(orderId)!, people),
        };
      }),
    );
    await tx.insert(auditLog).values({
      actorId: actor.id,
      actorRole: actor.role,
      action: "collection.create",
      entityType: "collection",
      entityId: collection.id,
      detail: { letters: orderIds.length },
    });
    return collection;
  });
}

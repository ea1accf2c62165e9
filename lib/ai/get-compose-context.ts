import { and, desc, eq, inArray, ne } from "drizzle-orm";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders, recipients, users, type OrderStatus } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import type { ComposeContext } from "./compose-types";

/** Letters the recipient has actually been sent (or approved to be). */
const SENT: OrderStatus[] = ["approved", "printed", "mailed", "delivered"];

/**
 * Everything the assistant may use for one order. Only the writer on the order and staff get it;
 * anyone else, including a writer looking at the open pool, gets "not found".
 */
export async function getComposeContext(db: DbOrTx, actor: Actor, orderId: string): Promise<ComposeContext> {
  const [order] = await db
    .select({
      order: orders,
      recipientName: recipients.name,
      recipientRelationship: recipients.relationship,
      recipientNotes: recipients.notes,
    })
    .from(orders)
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .where(and(eq(orders.id, orderId), orderScope(actor)));
  if (!order) throw notFound("That order");
  const { order: o } = order;
  if (actor.role === "writer" && o.writerId !== actor.id) throw notFound("That order");

  const [writer] = o.writerId
    ? await db.select({ voiceNotes: users.voiceNotes }).from(users).where(eq(users.id, o.writerId))
    : [];
  const earlierLetters = o.recipientId ? await lettersSentTo(db, o.recipientId, o.id) : [];
  return {
    brief: o,
    recipient: {
      name: order.recipientName ?? "",
      relationship: order.recipientRelationship ?? "",
      notes: order.recipientNotes ?? "",
    },
    earlierLetters,
    voiceNotes: writer?.voiceNotes ?? "",
  };
}

async function lettersSentTo(db: DbOrTx, recipientId: string, exceptOrderId: string) {
  const rows = await db
    .selectDistinctOn([letterVersions.orderId], {
      orderId: letterVersions.orderId,
      body: letterVersions.body,
      createdAt: letterVersions.createdAt,
    })
    .from(letterVersions)
    .innerJoin(orders, eq(orders.id, letterVersions.orderId))
    .where(and(eq(orders.recipientId, recipientId), ne(orders.id, exceptOrderId), inArray(orders.status, SENT)))
    .orderBy(letterVersions.orderId, desc(letterVersions.number));
  return rows
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((r) => ({ date: r.createdAt.toISOString().slice(0, 10), body: r.body }));
}

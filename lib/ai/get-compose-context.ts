import { and, desc, eq, inArray, ne } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders, users, type OrderStatus } from "@/lib/db/schema";
import type { ComposeContext } from "./compose-types";
import { getWorkingOrder } from "./get-working-order";

/** Letters the recipient has actually been sent (or approved to be). */
const SENT: OrderStatus[] = ["approved", "printed", "mailed", "delivered"];

/** Everything the assistant may use for one order; who may have it is decided by getWorkingOrder. */
export async function getComposeContext(db: DbOrTx, actor: Actor, orderId: string): Promise<ComposeContext> {
  const { order, recipient } = await getWorkingOrder(db, actor, orderId);
  const [writer] = order.writerId
    ? await db.select({ voiceNotes: users.voiceNotes }).from(users).where(eq(users.id, order.writerId))
    : [];
  const earlierLetters = order.recipientId ? await lettersSentTo(db, order.recipientId, order.id) : [];
  return { brief: order, recipient, earlierLetters, voiceNotes: writer?.voiceNotes ?? "" };
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

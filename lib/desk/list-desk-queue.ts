import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients, type OrderStatus } from "@/lib/db/schema";

/** A writer's letters still in their hands or the client's: everything before approval. */
export const ACTIVE_FOR_WRITER: readonly OrderStatus[] = ["assigned", "drafting", "in_review", "with_client", "revision_requested"];

export type DeskRow = Awaited<ReturnType<typeof listDeskQueue>>["mine"][number];

/**
 * The desk: the actor's own letters not yet approved, and the open pool of paid orders nobody has
 * claimed, each soonest deadline first (no deadline last), then oldest first.
 */
export async function listDeskQueue(db: DbOrTx, actor: Actor) {
  const columns = {
    id: orders.id,
    status: orders.status,
    occasion: orders.occasion,
    length: orders.length,
    deadline: orders.deadline,
    createdAt: orders.createdAt,
    recipientName: recipients.name,
  };
  const order = [sql`${orders.deadline} asc nulls last`, asc(orders.createdAt)];
  const query = (where: ReturnType<typeof and>) =>
    db
      .select(columns)
      .from(orders)
      .leftJoin(recipients, eq(recipients.id, orders.recipientId))
      .where(and(orderScope(actor), where))
      .orderBy(...order);
  const [mine, pool] = await Promise.all([
    query(and(eq(orders.writerId, actor.id), inArray(orders.status, ACTIVE_FOR_WRITER))),
    query(and(eq(orders.status, "paid"), isNull(orders.writerId))),
  ]);
  return { mine, pool };
}

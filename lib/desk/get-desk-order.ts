import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients, users, type Order } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { workspaceScope } from "./workspace-scope";

export type DeskOrder = Order & { recipientName: string | null; writerName: string | null };

const writers = alias(users, "writers");

/** An order with its brief, as the workspace and the review show it; NOT_FOUND unless the actor may open it. */
export async function getDeskOrder(db: DbOrTx, actor: Actor, orderId: string): Promise<DeskOrder> {
  if (!z.uuid().safeParse(orderId).success) throw notFound("That letter");
  const [row] = await db
    .select({ order: orders, recipientName: recipients.name, writerName: writers.name })
    .from(orders)
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .leftJoin(writers, eq(writers.id, orders.writerId))
    .where(and(eq(orders.id, orderId), workspaceScope(actor)));
  if (!row) throw notFound("That letter");
  return { ...row.order, recipientName: row.recipientName, writerName: row.writerName };
}

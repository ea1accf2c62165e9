import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients, type Order } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";

/** One order the actor may see, with its recipient's name and country, or NOT_FOUND. */
export async function getOrderForActor(
  db: DbOrTx,
  actor: Actor,
  orderId: string,
): Promise<Order & { recipientName: string | null; recipientCountry: string | null }> {
  // An id that is not even a uuid is simply not found (Postgres would reject the comparison).
  if (!z.uuid().safeParse(orderId).success) throw notFound("That order");
  const [row] = await db
    .select({ order: orders, recipientName: recipients.name, recipientCountry: recipients.country })
    .from(orders)
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .where(and(eq(orders.id, orderId), orderScope(actor)));
  if (!row) throw notFound("That order");
  return { ...row.order, recipientName: row.recipientName, recipientCountry: row.recipientCountry };
}

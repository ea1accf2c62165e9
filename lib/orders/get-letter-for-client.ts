import { desc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, type LetterVersion, type OrderStatus } from "@/lib/db/schema";
import { getOrderForActor } from "./get-order-for-actor";

/** From the moment the editor sends the letter, the client reads it; drafts before that stay with the writer. */
export const clientReadableStatuses: readonly OrderStatus[] = ["with_client", "approved", "printed", "mailed", "delivered"];

/** The latest version of the letter when the client may read it, otherwise null. */
export async function getLetterForClient(db: DbOrTx, actor: Actor, orderId: string): Promise<LetterVersion | null> {
  const order = await getOrderForActor(db, actor, orderId);
  if (!clientReadableStatuses.includes(order.status)) return null;
  const [latest] = await db
    .select()
    .from(letterVersions)
    .where(eq(letterVersions.orderId, order.id))
    .orderBy(desc(letterVersions.number))
    .limit(1);
  return latest ?? null;
}

import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import { getWorkingOrder } from "@/lib/ai/get-working-order";
import type { DbOrTx } from "@/lib/db/client";
import { dismissedSuggestions } from "@/lib/db/schema";

/** Keys of the suggestions dismissed on this order's letter. */
export async function listDismissed(db: DbOrTx, actor: Actor, orderId: string): Promise<string[]> {
  await getWorkingOrder(db, actor, orderId);
  const rows = await db.select({ key: dismissedSuggestions.key }).from(dismissedSuggestions).where(eq(dismissedSuggestions.orderId, orderId));
  return rows.map((r) => r.key);
}

import type { Actor } from "@/lib/auth/permissions";
import { getWorkingOrder } from "@/lib/ai/get-working-order";
import type { DbOrTx } from "@/lib/db/client";
import { dismissedSuggestions } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

export const MAX_KEY_LENGTH = 200;

/** Hides a proofreading suggestion on this order's letter for good; dismissing it twice changes nothing. */
export async function dismissSuggestion(db: DbOrTx, actor: Actor, orderId: string, key: string): Promise<void> {
  if (!key || key.length > MAX_KEY_LENGTH) throw new AppError("INVALID", "That suggestion could not be dismissed.");
  await getWorkingOrder(db, actor, orderId);
  await db.insert(dismissedSuggestions).values({ orderId, key }).onConflictDoNothing();
}

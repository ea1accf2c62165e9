import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import type { Order } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { applyTransition } from "@/lib/orders/state-machine";

export const CLAIM_GONE = "This letter is no longer in the open pool: another writer has probably just claimed it.";

/**
 * Claims an order from the open pool for this writer. When two writers claim at once the row lock
 * lets one through; the other no longer sees the order in the pool and is told so plainly (the same
 * words as for an order that never was in the pool, so nothing is revealed).
 */
export async function claimOrder(db: DbOrTx, actor: Actor, orderId: string): Promise<Order> {
  if (!z.uuid().safeParse(orderId).success) throw new AppError("CONFLICT", CLAIM_GONE);
  try {
    return await applyTransition(db, actor, orderId, "claim");
  } catch (error) {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "CONFLICT") && actor.role === "writer") {
      throw new AppError("CONFLICT", CLAIM_GONE);
    }
    throw error;
  }
}

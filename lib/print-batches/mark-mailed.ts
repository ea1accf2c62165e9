import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { applyTransition } from "@/lib/orders/state-machine";

export const markMailedSchema = z.strictObject({
  orderId: z.uuid(),
  tracking: z.string().trim().min(3, "Give the tracking reference from the postage receipt.").max(60),
});

/** A printed letter posted, with its tracking reference (the client's timeline shows it). */
export function markMailed(db: DbOrTx, actor: Actor, { orderId, tracking }: z.output<typeof markMailedSchema>) {
  return applyTransition(db, actor, orderId, "mark_mailed", { detail: { tracking } });
}

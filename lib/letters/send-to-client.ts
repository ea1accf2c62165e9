import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import type { Order } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { applyTransition } from "@/lib/orders/state-machine";

/** The editor is happy with the letter: the client reads it next. Only reviewers see this door. */
export async function sendToClient(db: DbOrTx, actor: Actor, orderId: string): Promise<Order> {
  if (!can(actor, "order.review")) throw notFound("That order");
  return applyTransition(db, actor, orderId, "send_to_client");
}

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { applyTransition } from "@/lib/orders/state-machine";

/** The events the admin order screen offers; anything else is refused before the state machine. */
export const fulfilmentEvents = ["mark_printed", "mark_mailed", "mark_delivered", "cancel", "assign"] as const;

export const fulfilmentSchema = z.strictObject({
  orderId: z.uuid(),
  event: z.enum(fulfilmentEvents),
  writerId: z.union([z.uuid("Choose a writer to assign."), z.literal("")]).optional(),
});

/**
 * Takes an order one step on from the admin screen. Assigning checks that the chosen person really
 * is a writer; the state machine checks the role, the order's state and the actor's access.
 */
export async function fulfilOrder(db: DbOrTx, actor: Actor, input: z.output<typeof fulfilmentSchema>) {
  if (input.event === "assign") {
    const message = "Choose a writer to assign.";
    if (!input.writerId) throw new AppError("INVALID", message, { writerId: [message] });
    const [writer] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.writerId), eq(users.role, "writer")));
    if (!writer) throw new AppError("INVALID", message, { writerId: [message] });
    return applyTransition(db, actor, input.orderId, "assign", { writerId: writer.id });
  }
  return applyTransition(db, actor, input.orderId, input.event);
}

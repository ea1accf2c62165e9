import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { assignWriter } from "@/lib/desk/assign-writer";
import { AppError } from "@/lib/errors";
import { unprintableCharacters } from "@/lib/handwriting/unprintable-characters";
import { applyTransition } from "@/lib/orders/state-machine";

/** The events the admin order screen offers; anything else is refused before the state machine. */
export const fulfilmentEvents = ["mark_printed", "mark_mailed", "mark_delivered", "cancel", "assign"] as const;

export const fulfilmentSchema = z.strictObject({
  orderId: z.uuid(),
  event: z.enum(fulfilmentEvents),
  writerId: z.string().optional(),
});

/**
 * Takes an order one step on from the admin screen. Assigning goes through the desk's assignWriter
 * (it checks the chosen person really is a writer); a letter with characters no hand can write is
 * neither printed nor delivered (they would come out as empty boxes); the state machine checks the rest.
 */
export async function fulfilOrder(db: DbOrTx, actor: Actor, input: z.output<typeof fulfilmentSchema>) {
  if (input.event === "assign") return assignWriter(db, actor, input.orderId, input.writerId ?? "");
  if (input.event === "mark_printed" || input.event === "mark_delivered") {
    const missing = await unprintableCharacters(db, input.orderId);
    if (missing.length) {
      throw new AppError("CONFLICT", `No handwriting can write ${missing.map((c) => `“${c}”`).join(" ")}: send the letter back to be changed before it is printed or delivered.`);
    }
  }
  return applyTransition(db, actor, input.orderId, input.event);
}

import { and, eq, or } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { recipients, recurringLetters, type RecurringLetter } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { getOrderForActor } from "@/lib/orders/get-order-for-actor";
import { defaultRepeatDate } from "./default-repeat-date";
import { repeatableStatuses } from "./repeatable-statuses";
import { todayIso } from "./today-iso";

export type RepeatSettings = { nextDate?: string | null; remindDaysBefore?: number };

/**
 * Asks for this letter to be written again every year: the brief is copied into a new draft
 * order before `nextDate`, and the client reminded. One repeat per letter chain: setting it on
 * the letter a repeat prepared moves that repeat onto the newer brief instead of adding another.
 */
export async function setRepeatLetter(db: DbOrTx, client: Actor, orderId: string, settings: RepeatSettings = {}): Promise<RecurringLetter> {
  const order = await getOrderForActor(db, client, orderId); // NOT_FOUND for anyone else's order
  // Staff can see every order, but a repeat is the owner's alone to set.
  if (order.clientId !== client.id) throw notFound("That order");
  if (!repeatableStatuses.includes(order.status) || !order.recipientId) {
    throw new AppError("CONFLICT", "A letter can be repeated once you have approved it.");
  }
  const [recipient] = await db.select({ birthday: recipients.birthday }).from(recipients).where(eq(recipients.id, order.recipientId));
  const nextDate = settings.nextDate || defaultRepeatDate(order, recipient ?? null);
  if (nextDate <= todayIso()) {
    const message = "Choose a date in the future.";
    throw new AppError("INVALID", message, { nextDate: [message] });
  }
  const values = { sourceOrderId: order.id, recipientId: order.recipientId, nextDate, remindDaysBefore: settings.remindDaysBefore ?? 21, active: true };

  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: recurringLetters.id })
      .from(recurringLetters)
      .where(
        and(
          eq(recurringLetters.clientId, client.id),
          or(eq(recurringLetters.sourceOrderId, order.id), eq(recurringLetters.preparedOrderId, order.id)),
        ),
      )
      .for("update");
    if (existing) {
      const [updated] = await tx.update(recurringLetters).set(values).where(eq(recurringLetters.id, existing.id)).returning();
      return updated;
    }
    const [created] = await tx.insert(recurringLetters).values({ ...values, clientId: client.id }).returning();
    return created;
  });
}

import { and, asc, eq, or, type SQL } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients, recurringLetters } from "@/lib/db/schema";

/**
 * The client's active repeat letters, soonest first; narrowed to one recipient, or to the repeat
 * that belongs to one order (the letter it copies or the one it prepared).
 */
export async function listRepeatLetters(db: DbOrTx, client: Actor, filter: { recipientId?: string; orderId?: string } = {}) {
  const conditions: SQL[] = [eq(recurringLetters.clientId, client.id), eq(recurringLetters.active, true)];
  if (filter.recipientId) conditions.push(eq(recurringLetters.recipientId, filter.recipientId));
  if (filter.orderId) {
    conditions.push(or(eq(recurringLetters.sourceOrderId, filter.orderId), eq(recurringLetters.preparedOrderId, filter.orderId))!);
  }
  return db
    .select({
      id: recurringLetters.id,
      recipientId: recurringLetters.recipientId,
      recipientName: recipients.name,
      sourceOrderId: recurringLetters.sourceOrderId,
      occasion: orders.occasion,
      nextDate: recurringLetters.nextDate,
      remindDaysBefore: recurringLetters.remindDaysBefore,
      preparedOrderId: recurringLetters.preparedOrderId,
      remindedAt: recurringLetters.remindedAt,
    })
    .from(recurringLetters)
    .innerJoin(recipients, eq(recipients.id, recurringLetters.recipientId))
    .innerJoin(orders, eq(orders.id, recurringLetters.sourceOrderId))
    .where(and(...conditions))
    .orderBy(asc(recurringLetters.nextDate));
}

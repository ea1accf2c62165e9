import { randomBytes } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { confirmCurrentPassword } from "@/lib/accounts/confirm-current-password";
import { recordAccountEvent } from "@/lib/accounts/record-account-event";
import type { Actor } from "@/lib/auth/permissions";
import { endEverySession } from "@/lib/auth/sessions";
import { latestBodies } from "@/lib/books/latest-bodies";
import { redactLetter } from "@/lib/books/redact-letter";
import type { Db } from "@/lib/db/client";
import { accountTokens, collectionItems, comments, letterVersions, mailOutbox, orders, recipients, recurringLetters, users, type OrderStatus } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { statusIs } from "@/lib/orders/status-is";

export const deleteAccountSchema = z.strictObject({
  currentPassword: z.string().min(1, "Enter your password to confirm.").max(200, "Please use at most 200 characters."),
  confirm: z.literal("on", "Tick the box to confirm that everything will be erased."),
});

// Paid letters still being written: a writer is working for the client, so they finish (or the
// client cancels) first.
const inProgress: readonly OrderStatus[] = ["paid", "assigned", "drafting", "in_review", "with_client", "revision_requested", "approved", "printed"];

export const ERASED = "[erased at the client's request]";

/**
 * A client erases their account. Letters, briefs, comments and the address book are erased; the
 * account row stays only as an anonymous owner for what the law makes us keep (payments and
 * refunds, for accounting); a letter already in a published book keeps only its redacted text.
 * Every session ends, and one audit row, without personal data, records that it happened.
 */
export async function deleteClientAccount(db: Db, actor: Actor, input: z.output<typeof deleteAccountSchema>, clientAddress: string): Promise<void> {
  await confirmCurrentPassword(db, actor, input.currentPassword, clientAddress);
  await db.transaction(async (tx) => {
    const busy = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.clientId, actor.id), statusIs(inProgress)))
      .limit(1);
    if (busy.length) {
      throw new AppError("CONFLICT", "A letter of yours is still being written or sent. Once it is delivered (or cancelled), you can delete your account.");
    }
    const theirOrders = await tx.select({ id: orders.id, recipientId: orders.recipientId }).from(orders).where(eq(orders.clientId, actor.id)).for("update");
    const orderIds = theirOrders.map((o) => o.id);

    if (orderIds.length) {
      // Book copies keep what readers already have, redacted, before the letters are erased.
      const published = await tx
        .selectDistinct({ orderId: collectionItems.orderId, recipient: recipients })
        .from(collectionItems)
        .innerJoin(orders, eq(orders.id, collectionItems.orderId))
        .leftJoin(recipients, eq(recipients.id, orders.recipientId))
        .where(and(inArray(collectionItems.orderId, orderIds), isNull(collectionItems.redactedText)));
      const bodies = await latestBodies(tx, published.map((p) => p.orderId));
      for (const item of published) {
        const redactedText = redactLetter(bodies.get(item.orderId) ?? "", { recipient: item.recipient ?? { name: "" }, clientName: actor.name });
        await tx
          .update(collectionItems)
          .set({ redactedText })
          .where(and(eq(collectionItems.orderId, item.orderId), isNull(collectionItems.redactedText)));
      }
      await tx.update(letterVersions).set({ body: ERASED, note: "" }).where(inArray(letterVersions.orderId, orderIds));
      await tx.update(comments).set({ body: ERASED, quote: null }).where(inArray(comments.orderId, orderIds));
      await tx
        .update(orders)
        .set({ relationship: "", toneNote: "", memories: [], mustInclude: "", mustAvoid: "", signOff: "", updatedAt: new Date() })
        .where(inArray(orders.id, orderIds));
    }
    await tx.delete(recurringLetters).where(eq(recurringLetters.clientId, actor.id));
    await tx
      .update(recipients)
      .set({ name: ERASED, relationship: "", addressLine1: "", addressLine2: "", city: "", region: "", postalCode: "", birthday: null, notes: "", updatedAt: new Date() })
      .where(eq(recipients.clientId, actor.id));
    await tx.delete(mailOutbox).where(eq(mailOutbox.toAddress, actor.email));
    await tx.delete(accountTokens).where(eq(accountTokens.userId, actor.id));
    await endEverySession(tx, actor.id);
    await tx
      .update(users)
      .set({
        name: "Erased client",
        email: `erased-${actor.id}@erased.invalid`,
        // Not a hash of anything: no password can ever match it.
        passwordHash: `erased:${randomBytes(16).toString("hex")}`,
        emailNotifications: false,
        voiceNotes: null,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, actor.id));
    await recordAccountEvent(tx, actor, "deleted");
  });
}

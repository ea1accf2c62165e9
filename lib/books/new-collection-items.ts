import { and, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { chapterTitle } from "./chapter-title";
import { latestBodies } from "./latest-bodies";
import { publishableWhere } from "./publishable-where";
import { redactLetter } from "./redact-letter";

const clients = alias(users, "clients");

/**
 * How each letter enters a book: its chapter title and a redacted copy of its text (surnames to
 * initials, addresses hidden) for the admin to edit. Refuses unless every letter is publishable
 * (approved, with a consent not withdrawn), so a stale list cannot slip one in.
 */
export async function newCollectionItems(tx: DbOrTx, orderIds: string[]): Promise<Map<string, { title: string; redactedText: string }>> {
  const letters = await tx
    .select({ order: orders, recipient: recipients, clientName: clients.name })
    .from(orders)
    .innerJoin(clients, eq(clients.id, orders.clientId))
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .where(and(inArray(orders.id, orderIds), publishableWhere()));
  const bodies = await latestBodies(tx, orderIds);
  const usable = letters.filter((l) => bodies.has(l.order.id));
  if (usable.length !== new Set(orderIds).size) {
    const message = "Some of those letters can no longer be published (consent withdrawn or not approved). Please choose again.";
    throw new AppError("CONFLICT", message, { orderIds: [message] });
  }
  return new Map(
    usable.map(({ order, recipient, clientName }) => [
      order.id,
      {
        title: chapterTitle(recipient?.name ?? null, order.occasion),
        redactedText: redactLetter(bodies.get(order.id)!, { recipient: recipient ?? { name: "" }, clientName }),
      },
    ]),
  );
}

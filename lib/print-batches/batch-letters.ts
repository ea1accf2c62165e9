import { and, asc, desc, eq, inArray, isNull, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders, recipients, users, type Order } from "@/lib/db/schema";
import { undrawableCharacters } from "@/lib/handwriting/hands";
import { hasPostalAddress } from "@/lib/recipients/has-postal-address";
import { effectivePaper } from "./effective-paper";

export type BatchLetter = {
  order: Order;
  recipient: typeof recipients.$inferSelect;
  client: { name: string; returnAddress: (typeof users.$inferSelect)["returnAddress"] };
  version: { body: string; createdAt: Date };
  /** Why it cannot be printed yet, or null. */
  blocked: string | null;
};

/** Approved mail orders not yet in a batch: the print queue. */
export const inPrintQueue: SQL = and(eq(orders.status, "approved"), eq(orders.delivery, "mail"), isNull(orders.printBatchId))!;

/**
 * Mail orders with everything needed to print them (latest version, recipient, the client's return
 * address), oldest first, each with the reason it cannot be printed yet, if any.
 */
export async function batchLetters(db: DbOrTx, where: SQL): Promise<BatchLetter[]> {
  const rows = await db
    .select({ order: orders, recipient: recipients, clientName: users.name, returnAddress: users.returnAddress })
    .from(orders)
    .innerJoin(recipients, eq(recipients.id, orders.recipientId))
    .innerJoin(users, eq(users.id, orders.clientId))
    .where(where)
    .orderBy(asc(orders.createdAt), asc(orders.id));
  if (rows.length === 0) return [];
  // The latest version of each order, in one query.
  const versions = await db
    .selectDistinctOn([letterVersions.orderId], { orderId: letterVersions.orderId, body: letterVersions.body, createdAt: letterVersions.createdAt })
    .from(letterVersions)
    .where(inArray(letterVersions.orderId, rows.map((r) => r.order.id)))
    .orderBy(letterVersions.orderId, desc(letterVersions.number));
  const latest = new Map(versions.map((v) => [v.orderId, v]));
  return rows.flatMap(({ order, recipient, clientName, returnAddress }) => {
    const version = latest.get(order.id);
    if (!version) return [];
    const missing = undrawableCharacters(order.handwritingStyle, version.body);
    const blocked = missing.length
      ? `No handwriting can write ${missing.map((c) => `“${c}”`).join(" ")}`
      : !hasPostalAddress(recipient)
        ? "The recipient has no postal address"
        : null;
    return [{ order, recipient, client: { name: clientName, returnAddress }, version, blocked }];
  });
}

/** The queue's letters on one paper. */
export const paperIs = (paper: string) => (letter: BatchLetter) => effectivePaper(letter.order) === paper;


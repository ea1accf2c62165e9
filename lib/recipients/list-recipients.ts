import { and, asc, count, eq, getTableColumns } from "drizzle-orm";
import { orderScope, recipientScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients } from "@/lib/db/schema";

/** The actor's address book, by name, each with how many letters were ordered for them. */
export async function listRecipients(db: DbOrTx, actor: Actor) {
  return db
    .select({ ...getTableColumns(recipients), letterCount: count(orders.id) })
    .from(recipients)
    .leftJoin(orders, and(eq(orders.recipientId, recipients.id), orderScope(actor)))
    .where(recipientScope(actor))
    .groupBy(recipients.id)
    .orderBy(asc(recipients.name));
}

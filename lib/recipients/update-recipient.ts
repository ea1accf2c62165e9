import { and, eq, sql } from "drizzle-orm";
import { recipientScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { recipients, type Recipient } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import type { RecipientInput } from "./recipient-schema";

/** Updates a recipient in the client's address book; someone else's recipient is "not found". */
export async function updateRecipient(db: DbOrTx, client: Actor, recipientId: string, input: RecipientInput): Promise<Recipient> {
  const [recipient] = await db
    .update(recipients)
    .set({ ...input, updatedAt: sql`now()` })
    // Only the owner edits an address book, even though staff may read it.
    .where(and(eq(recipients.id, recipientId), recipientScope(client), eq(recipients.clientId, client.id)))
    .returning();
  if (!recipient) throw notFound("That recipient");
  return recipient;
}

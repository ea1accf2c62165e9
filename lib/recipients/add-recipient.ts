import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { recipients, type Recipient } from "@/lib/db/schema";
import type { RecipientInput } from "./recipient-schema";

/** Adds a recipient to the client's own address book; the owner is always the signed-in client. */
export async function addRecipient(db: DbOrTx, client: Actor, input: RecipientInput): Promise<Recipient> {
  const [recipient] = await db
    .insert(recipients)
    .values({ ...input, clientId: client.id })
    .returning();
  return recipient;
}

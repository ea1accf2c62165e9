import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { recipientScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { recipients, type Recipient } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";

/** One recipient the actor may see, or NOT_FOUND. */
export async function getRecipient(db: DbOrTx, actor: Actor, recipientId: string): Promise<Recipient> {
  // An id that is not even a uuid is simply not found (Postgres would reject the comparison).
  if (!z.uuid().safeParse(recipientId).success) throw notFound("That recipient");
  const [recipient] = await db
    .select()
    .from(recipients)
    .where(and(eq(recipients.id, recipientId), recipientScope(actor)));
  if (!recipient) throw notFound("That recipient");
  return recipient;
}

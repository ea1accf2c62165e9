import { and, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { recurringLetters } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { z } from "zod";

/** Stops a repeat. A draft it already prepared stays, for the client to pay for or cancel. */
export async function cancelRepeatLetter(db: DbOrTx, client: Actor, repeatId: string): Promise<void> {
  if (!z.uuid().safeParse(repeatId).success) throw notFound("That repeat letter");
  const stopped = await db
    .update(recurringLetters)
    .set({ active: false })
    .where(and(eq(recurringLetters.id, repeatId), eq(recurringLetters.clientId, client.id)))
    .returning({ id: recurringLetters.id });
  if (stopped.length === 0) throw notFound("That repeat letter");
}

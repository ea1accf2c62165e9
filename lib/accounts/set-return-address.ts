import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import type { addressSchema } from "@/lib/recipients/recipient-schema";

/** Saves the signed-in client's return address for envelopes; an empty first line removes it. */
export async function setReturnAddress(db: DbOrTx, actor: Actor, address: z.output<typeof addressSchema>) {
  const returnAddress = address.addressLine1 ? address : null;
  await db.update(users).set({ returnAddress }).where(eq(users.id, actor.id));
  return returnAddress;
}

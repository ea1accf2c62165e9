import { asc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { personalDictionary } from "@/lib/db/schema";

/** The words this person taught the proofreader. */
export async function listDictionary(db: DbOrTx, actor: Actor): Promise<string[]> {
  const rows = await db
    .select({ word: personalDictionary.word })
    .from(personalDictionary)
    .where(eq(personalDictionary.userId, actor.id))
    .orderBy(asc(personalDictionary.word));
  return rows.map((r) => r.word);
}

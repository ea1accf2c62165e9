import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { personalDictionary } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

export const dictionaryWordSchema = z
  .string()
  .trim()
  .min(1, "Give a word to add.")
  .max(60, "That is too long for one word.")
  .regex(/^[\p{L}\p{M}][\p{L}\p{M}'’-]*$/u, "Add one word at a time, letters only.");

/** Adds a word to the person's own dictionary; adding it twice changes nothing. */
export async function addToDictionary(db: DbOrTx, actor: Actor, word: string): Promise<string> {
  const parsed = dictionaryWordSchema.safeParse(word);
  if (!parsed.success) throw new AppError("INVALID", parsed.error.issues[0].message);
  await db.insert(personalDictionary).values({ userId: actor.id, word: parsed.data }).onConflictDoNothing();
  return parsed.data;
}

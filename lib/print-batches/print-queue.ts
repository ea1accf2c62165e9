import type { Actor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import type { PaperSize } from "@/lib/orders/catalogue";
import { batchLetters, inPrintQueue, type BatchLetter } from "./batch-letters";
import { effectivePaper } from "./effective-paper";

/** The approved mail orders waiting to be printed, by paper (admins only). */
export async function printQueue(db: DbOrTx, actor: Actor): Promise<Partial<Record<PaperSize, BatchLetter[]>>> {
  if (!can(actor, "order.fulfil")) throw notFound("That page");
  const queue: Partial<Record<PaperSize, BatchLetter[]>> = {};
  for (const letter of await batchLetters(db, inPrintQueue)) (queue[effectivePaper(letter.order)] ??= []).push(letter);
  return queue;
}

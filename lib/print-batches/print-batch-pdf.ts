import { eq } from "drizzle-orm";
import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, printBatches } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { letterInput } from "@/lib/handwriting/letter-input";
import { renderPrintBatchPdf } from "@/lib/handwriting/render-print-batch";
import type { PaperSize } from "@/lib/orders/catalogue";
import { batchLetters } from "./batch-letters";

/** The batch's one PDF: batch sheet, letters, then envelopes in the same order (admins only). */
export async function printBatchPdf(db: DbOrTx, actor: Actor, batchId: string): Promise<{ pdf: Buffer; fileName: string }> {
  if (!can(actor, "order.fulfil") || !z.uuid().safeParse(batchId).success) throw notFound("That batch");
  const [batch] = await db.select().from(printBatches).where(eq(printBatches.id, batchId));
  if (!batch) throw notFound("That batch");
  const letters = await batchLetters(db, eq(orders.printBatchId, batch.id));
  const paper = batch.paper as PaperSize;
  const pdf = await renderPrintBatchPdf({
    number: batch.number,
    paper,
    createdAt: batch.createdAt,
    letters: letters.map(({ order, recipient, client, version }) => ({
      reference: order.id.slice(0, 8),
      recipientName: recipient.name,
      letter: letterInput(order, version),
      envelope: {
        style: order.handwritingStyle,
        ink: order.inkColour,
        stationery: order.stationery,
        paper,
        seed: order.id,
        to: { name: recipient.name, address: recipient },
        from: client.returnAddress ? { name: client.name, address: client.returnAddress } : null,
      },
    })),
  });
  return { pdf, fileName: `print-batch-${batch.number}.pdf` };
}

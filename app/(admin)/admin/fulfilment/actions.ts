"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { createPrintBatch, createPrintBatchSchema } from "@/lib/print-batches/create-print-batch";
import { markBatchPrinted, markBatchPrintedSchema } from "@/lib/print-batches/mark-batch-printed";
import { markMailed, markMailedSchema } from "@/lib/print-batches/mark-mailed";
import { requestBatchPdf, requestBatchPdfSchema } from "@/lib/print-batches/request-batch-pdf";

export const createBatchAction = formAction(["admin"], createPrintBatchSchema, async (input, actor) => {
  const batch = await createPrintBatch(await getDb(), actor, input);
  revalidatePath("/admin/fulfilment");
  return { ok: true as const, message: `Batch ${batch.number} made with ${batch.letters} ${batch.letters === 1 ? "letter" : "letters"}.` };
});

export const markPrintedAction = formAction(["admin"], markBatchPrintedSchema, async (input, actor) => {
  const { printed } = await markBatchPrinted(await getDb(), actor, input);
  revalidatePath("/admin/fulfilment");
  return { ok: true as const, message: `${printed} ${printed === 1 ? "letter" : "letters"} marked printed.` };
});

export const markMailedAction = formAction(["admin"], markMailedSchema, async (input, actor) => {
  await markMailed(await getDb(), actor, input);
  revalidatePath("/admin/fulfilment");
  return { ok: true as const, message: "Mailed." };
});

export const requestBatchPdfAction = formAction(["admin"], requestBatchPdfSchema, async (input, actor) => {
  await requestBatchPdf(await getDb(), actor, input);
  revalidatePath("/admin/fulfilment");
  return { ok: true as const, message: "The batch PDF is being made." };
});

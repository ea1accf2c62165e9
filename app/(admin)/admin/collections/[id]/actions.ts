"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { cancelExport } from "@/lib/books/cancel-export";
import { moveCollectionItem } from "@/lib/books/move-collection-item";
import { startExport } from "@/lib/books/start-export";
import { collectionItemSchema, updateCollectionItem } from "@/lib/books/update-collection-item";
import { getDb } from "@/lib/db/client";
import { wakeWorker } from "@/lib/jobs/worker";

const refresh = (collectionId: string, message: string) => {
  revalidatePath(`/admin/collections/${collectionId}`);
  return { ok: true as const, message };
};

export const moveItemAction = formAction(
  ["admin"],
  z.strictObject({ collectionId: z.uuid(), orderId: z.uuid(), direction: z.enum(["up", "down"]) }),
  async (input, actor) => {
    await moveCollectionItem(await getDb(), actor, input.collectionId, input.orderId, input.direction);
    return refresh(input.collectionId, "Moved.");
  },
);

export const updateItemAction = formAction(["admin"], collectionItemSchema, async (input, actor) => {
  await updateCollectionItem(await getDb(), actor, input);
  return refresh(input.collectionId, "Saved.");
});

export const compileBookAction = formAction(["admin"], z.strictObject({ collectionId: z.uuid() }), async (input, actor) => {
  await startExport(await getDb(), actor, input.collectionId);
  wakeWorker();
  return refresh(input.collectionId, "Compiling the book: progress shows below.");
});

export const cancelExportAction = formAction(["admin"], z.strictObject({ collectionId: z.uuid(), exportId: z.uuid() }), async (input, actor) => {
  await cancelExport(await getDb(), actor, input.collectionId, input.exportId);
  return refresh(input.collectionId, "Cancelled.");
});

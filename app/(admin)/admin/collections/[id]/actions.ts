"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { addCollectionItem } from "@/lib/books/add-collection-item";
import { cancelExport } from "@/lib/books/cancel-export";
import {
  assignPart,
  assignPartSchema,
  createPart,
  deletePart,
  deletePartSchema,
  newPartSchema,
  renamePart,
  renamePartSchema,
} from "@/lib/books/collection-parts";
import { frontMatterSchema } from "@/lib/books/collection-schema";
import { moveCollectionItem } from "@/lib/books/move-collection-item";
import { removeCollectionItem } from "@/lib/books/remove-collection-item";
import { reorderLetters, reorderSchema } from "@/lib/books/reorder-letters";
import { startExport } from "@/lib/books/start-export";
import { collectionItemSchema, updateCollectionItem } from "@/lib/books/update-collection-item";
import { updateFrontMatter } from "@/lib/books/update-front-matter";
import { getDb } from "@/lib/db/client";
import { wakeWorker } from "@/lib/jobs/worker";

const itemSchema = z.strictObject({ collectionId: z.uuid(), orderId: z.uuid() });

const refresh = (collectionId: string, message: string) => {
  revalidatePath(`/admin/collections/${collectionId}`);
  return { ok: true as const, message };
};

export const moveItemAction = formAction(
  ["admin"],
  itemSchema.extend({ direction: z.enum(["up", "down"]) }),
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
  wakeWorker("book.compile");
  return refresh(input.collectionId, "Compiling the book: progress shows below.");
});

export const cancelExportAction = formAction(["admin"], z.strictObject({ collectionId: z.uuid(), exportId: z.uuid() }), async (input, actor) => {
  await cancelExport(await getDb(), actor, input.collectionId, input.exportId);
  return refresh(input.collectionId, "Cancelled.");
});

export const addItemAction = formAction(["admin"], itemSchema, async (input, actor) => {
  await addCollectionItem(await getDb(), actor, input.collectionId, input.orderId);
  return refresh(input.collectionId, "Added at the end of the book.");
});

export const removeItemAction = formAction(["admin"], itemSchema, async (input, actor) => {
  await removeCollectionItem(await getDb(), actor, input.collectionId, input.orderId);
  return refresh(input.collectionId, "Removed from the book.");
});

export const updateFrontMatterAction = formAction(["admin"], frontMatterSchema, async (input, actor) => {
  await updateFrontMatter(await getDb(), actor, input);
  return refresh(input.collectionId, "Front matter saved. Compile the book to see it.");
});

export const reorderAction = formAction(["admin"], reorderSchema, async (input, actor) => {
  await reorderLetters(await getDb(), actor, input.collectionId, input.orderIds);
  return refresh(input.collectionId, "New order saved.");
});

export const createPartAction = formAction(["admin"], newPartSchema, async (input, actor) => {
  await createPart(await getDb(), actor, input);
  return refresh(input.collectionId, "Part added: choose it in a letter’s Part menu.");
});

export const renamePartAction = formAction(["admin"], renamePartSchema, async (input, actor) => {
  await renamePart(await getDb(), actor, input);
  return refresh(input.collectionId, "Renamed.");
});

export const deletePartAction = formAction(["admin"], deletePartSchema, async (input, actor) => {
  await deletePart(await getDb(), actor, input);
  return refresh(input.collectionId, "Part deleted; its letters stay in the book.");
});

export const assignPartAction = formAction(["admin"], assignPartSchema, async (input, actor) => {
  await assignPart(await getDb(), actor, input);
  return refresh(input.collectionId, "Moved.");
});

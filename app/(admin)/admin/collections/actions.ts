"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/action";
import { collectionSchema } from "@/lib/books/collection-schema";
import { createCollection } from "@/lib/books/create-collection";
import { getDb } from "@/lib/db/client";

export const createCollectionAction = formAction(["admin"], collectionSchema, async (input, actor) => {
  const collection = await createCollection(await getDb(), actor, input);
  revalidatePath("/admin/collections");
  redirect(`/admin/collections/${collection.id}`);
});

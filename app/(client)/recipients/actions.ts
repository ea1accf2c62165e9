"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { addRecipient } from "@/lib/recipients/add-recipient";
import { importRecipients } from "@/lib/recipients/import-recipients";
import { recipientFormSchema } from "@/lib/recipients/recipient-schema";
import { updateRecipient } from "@/lib/recipients/update-recipient";

export const saveRecipient = formAction(["client"], recipientFormSchema, async ({ recipientId, returnTo, ...input }, actor) => {
  const db = await getDb();
  const recipient = recipientId ? await updateRecipient(db, actor, recipientId, input) : await addRecipient(db, actor, input);
  revalidatePath("/recipients");
  redirect(returnTo === "new-order" ? `/orders/new?recipient=${recipient.id}` : `/recipients/${recipient.id}`);
});

export const importRecipientsFromCsv = formAction(
  ["client"],
  z.strictObject({ csv: z.string().trim().min(1, "Choose a CSV file first.").max(1_000_000, "That file is too large: please split it.") }),
  async ({ csv }, actor) => {
    const report = await importRecipients(await getDb(), actor, csv);
    revalidatePath("/recipients");
    return report;
  },
);

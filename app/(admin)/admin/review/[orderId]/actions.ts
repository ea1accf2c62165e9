"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { addReviewNote, reviewNoteSchema } from "@/lib/letters/add-review-note";
import { returnToWriter } from "@/lib/letters/return-to-writer";
import { saveVersion } from "@/lib/letters/save-version";
import { sendToClient } from "@/lib/letters/send-to-client";

const reviewers = ["editor", "admin"] as const;

export const noteForWriter = formAction(
  reviewers,
  reviewNoteSchema.extend({ orderId: z.uuid(), intent: z.enum(["note", "return"]).default("note") }),
  async ({ orderId, intent, ...note }, actor) => {
    const db = await getDb();
    if (intent === "return") {
      await returnToWriter(db, actor, orderId, note);
      revalidatePath("/admin/review");
      redirect("/admin/review");
    }
    await addReviewNote(db, actor, orderId, note);
    revalidatePath(`/admin/review/${orderId}`);
    return { ok: true as const, message: "Note added for the writer." };
  },
);

export const saveEdit = formAction(
  reviewers,
  // "text", not "body": the note form on the same page owns the field id f-body.
  z.strictObject({ orderId: z.uuid(), text: z.string(), baseNumber: z.coerce.number().int().min(0) }),
  async ({ orderId, text, baseNumber }, actor) => {
    const version = await saveVersion(await getDb(), actor, orderId, { body: text, baseNumber, authorKind: "editor" });
    revalidatePath(`/admin/review/${orderId}`);
    return { ok: true as const, message: `Saved as version ${version.number}.` };
  },
);

export const send = formAction(
  reviewers,
  z.strictObject({ orderId: z.uuid(), reason: z.string().trim().max(1000).default("") }),
  async ({ orderId, reason }, actor) => {
    await sendToClient(await getDb(), actor, orderId, { reason });
    revalidatePath("/admin/review");
    redirect("/admin/review");
  },
);

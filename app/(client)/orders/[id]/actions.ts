"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { commentOnLetter } from "@/lib/orders/comment-on-letter";
import { requestChanges } from "@/lib/orders/request-changes";
import { setPublicationConsent } from "@/lib/orders/set-publication-consent";
import { applyTransition } from "@/lib/orders/state-machine";

const orderId = z.uuid("That order could not be found.");
const note = (empty: string) =>
  z.string().trim().min(1, empty).max(4000, "Please keep this under 4,000 characters.");

function done(id: string, message: string) {
  revalidatePath(`/orders/${id}`);
  revalidatePath("/orders");
  return { ok: true as const, message };
}

export const approveLetter = formAction(["client"], z.strictObject({ orderId }), async (input, actor) => {
  await applyTransition(await getDb(), actor, input.orderId, "approve");
  return done(input.orderId, "Thank you! Your letter is approved.");
});

export const undoApproval = formAction(["client"], z.strictObject({ orderId }), async (input, actor) => {
  await applyTransition(await getDb(), actor, input.orderId, "undo_approval");
  return done(input.orderId, "Your approval is undone: the letter is back with you to read.");
});

export const requestLetterChanges = formAction(
  ["client"],
  z.strictObject({ orderId, body: note("Tell us what you would like changed.") }),
  async (input, actor) => {
    await requestChanges(await getDb(), actor, input.orderId, input.body);
    return done(input.orderId, "Your notes are with your writer.");
  },
);

export const commentOnPassage = formAction(
  ["client"],
  z.strictObject({
    orderId,
    versionId: z.uuid("The letter has changed since you opened it. Please reload the page."),
    // Absent for a comment on the whole letter.
    anchorStart: z.coerce.number().int().min(0).optional(),
    anchorEnd: z.coerce.number().int().min(1).optional(),
    body: note("Write your comment first."),
  }),
  async ({ orderId: id, ...input }, actor) => {
    await commentOnLetter(await getDb(), actor, id, input);
    return done(id, "Your comment is saved with the letter.");
  },
);

export const cancelOrder = formAction(["client"], z.strictObject({ orderId }), async (input, actor) => {
  await applyTransition(await getDb(), actor, input.orderId, "cancel");
  return done(input.orderId, "The order is cancelled.");
});

export const savePublicationConsent = formAction(
  ["client"],
  z.strictObject({ orderId, consent: z.literal("on").optional() }),
  async (input, actor) => {
    const allowed = await setPublicationConsent(await getDb(), actor, input.orderId, input.consent === "on");
    return done(input.orderId, allowed ? "Thank you: this letter may be published." : "This letter will not be published.");
  },
);

"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { compareVersions } from "@/lib/letters/compare-versions";
import { restoreVersion } from "@/lib/letters/restore-version";
import { saveVersion } from "@/lib/letters/save-version";
import { submitForReview } from "@/lib/letters/submit-for-review";

const versionNumber = z.coerce.number().int().min(0);

export const saveLetter = formAction(
  ["writer"],
  z.strictObject({
    orderId: z.uuid(),
    body: z.string(),
    baseNumber: versionNumber,
    autosave: z.literal("1").optional(),
    // The writer's own word that the text came from the assistance panel; it only feeds the AI share.
    authorKind: z.literal("ai").optional(),
  }),
  async ({ orderId, body, baseNumber, autosave, authorKind }, actor) => {
    const note = autosave ? "Autosaved" : "";
    const version = await saveVersion(await getDb(), actor, orderId, { body, baseNumber, note, authorKind });
    revalidatePath(`/desk/${orderId}`);
    return { number: version.number };
  },
);

export const restoreLetter = formAction(
  ["writer"],
  z.strictObject({ orderId: z.uuid(), number: versionNumber, baseNumber: versionNumber }),
  async ({ orderId, number, baseNumber }, actor) => {
    const version = await restoreVersion(await getDb(), actor, orderId, { number, baseNumber });
    revalidatePath(`/desk/${orderId}`);
    return { number: version.number, body: version.body };
  },
);

export const compareLetter = formAction(
  ["writer", "editor", "admin"],
  z.strictObject({ orderId: z.uuid(), from: versionNumber, to: versionNumber }),
  async ({ orderId, from, to }, actor) => compareVersions(await getDb(), actor, orderId, from, to),
);

export const submitLetter = formAction(
  ["writer"],
  // The reason only counts when the checklist has open items; its minimum length is checked there.
  z.strictObject({ orderId: z.uuid(), overrideReason: z.string().max(1000, "Please keep the reason under 1,000 characters.").optional() }),
  async ({ orderId, overrideReason }, actor) => {
    await submitForReview(await getDb(), actor, orderId, { overrideReason });
    revalidatePath(`/desk/${orderId}`);
    revalidatePath("/desk");
    return { ok: true as const, message: "Submitted for review: the editor reads it next." };
  },
);

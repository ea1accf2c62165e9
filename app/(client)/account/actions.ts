"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { setEmailNotifications } from "@/lib/accounts/set-email-notifications";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";

export const saveNotificationSettings = formAction(
  ["client"],
  z.strictObject({ emailNotifications: z.literal("on").optional() }),
  async (input, actor) => {
    const enabled = await setEmailNotifications(await getDb(), actor, input.emailNotifications === "on");
    revalidatePath("/account");
    return { ok: true as const, message: enabled ? "We will email you about your letters." : "We will not email you about your letters." };
  },
);

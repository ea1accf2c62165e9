"use server";
import { forgotPasswordSchema, requestPasswordReset } from "@/lib/accounts/reset-password";
import { publicAction } from "@/lib/auth/action";
import { requestAddress } from "@/lib/auth/request-address";
import { getDb } from "@/lib/db/client";
import { appUrl } from "@/lib/env";

export const askForPasswordReset = publicAction(forgotPasswordSchema, async (input) => {
  const message = await requestPasswordReset(await getDb(), input.email, appUrl(), await requestAddress());
  return { ok: true as const, message };
});

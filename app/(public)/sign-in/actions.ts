"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { resendConfirmation } from "@/lib/accounts/sign-up";
import { emailSchema } from "@/lib/accounts/sign-up-schema";
import { publicAction } from "@/lib/auth/action";
import { requestAddress } from "@/lib/auth/request-address";
import { getDb } from "@/lib/db/client";
import { appUrl } from "@/lib/env";

export const sendConfirmationAgain = publicAction(z.strictObject({ email: emailSchema }), async (input) => {
  const message = await resendConfirmation(await getDb(), input.email, appUrl(await headers()), await requestAddress());
  return { ok: true as const, message };
});

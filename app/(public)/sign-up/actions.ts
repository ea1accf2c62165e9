"use server";
import { signUp } from "@/lib/accounts/sign-up";
import { signUpSchema } from "@/lib/accounts/sign-up-schema";
import { publicAction } from "@/lib/auth/action";
import { requestAddress } from "@/lib/auth/request-address";
import { getDb } from "@/lib/db/client";

/** The form signs in with the same password once this answers ok; the password is never sent back. */
export const createAccount = publicAction(signUpSchema, async (input) => {
  await signUp(await getDb(), input, await requestAddress());
  return { ok: true as const };
});

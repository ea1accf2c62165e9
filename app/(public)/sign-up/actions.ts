"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signUp } from "@/lib/accounts/sign-up";
import { signUpSchema } from "@/lib/accounts/sign-up-schema";
import { publicAction } from "@/lib/auth/action";
import { requestAddress } from "@/lib/auth/request-address";
import { getDb } from "@/lib/db/client";
import { appUrl } from "@/lib/env";

/** Every sign-up, for a new address or a known one, ends on the same "check your email" page. */
export const createAccount = publicAction(signUpSchema, async (input) => {
  await signUp(await getDb(), input, appUrl(await headers()), await requestAddress());
  redirect("/sign-up/check-email");
});

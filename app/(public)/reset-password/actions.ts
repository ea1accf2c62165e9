"use server";
import { redirect } from "next/navigation";
import { resetPassword, resetPasswordSchema } from "@/lib/accounts/reset-password";
import { publicAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";

export const chooseNewPassword = publicAction(resetPasswordSchema, async (input) => {
  await resetPassword(await getDb(), input);
  redirect("/sign-in?reset=done");
});

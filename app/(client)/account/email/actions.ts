"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { confirmEmailChange } from "@/lib/accounts/change-email";
import { publicAction } from "@/lib/auth/action";
import { getActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";

// Public: the emailed link is the proof, and it may be opened where nobody is signed in.
export const confirmNewEmail = publicAction(z.strictObject({ token: z.string().min(1).max(200) }), async (input) => {
  await confirmEmailChange(await getDb(), input.token, await getActor());
  redirect("/account/email?changed=1");
});

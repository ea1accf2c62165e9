"use server";
import { headers } from "next/headers";
import { signUp } from "@/lib/accounts/sign-up";
import { signUpSchema } from "@/lib/accounts/sign-up-schema";
import { formDataToObject, type ActionState } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * The one public action: nobody is signed in yet, so it cannot use formAction's session check.
 * It validates the same way and never sends the password back.
 */
export async function createAccount(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const raw = formDataToObject(formData);
  const values = { name: String(raw.name ?? ""), email: String(raw.email ?? "") };
  const parsed = signUpSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
    return { ok: false, error: "Please check the highlighted fields.", fieldErrors, values };
  }
  const forwarded = (await headers()).get("x-forwarded-for");
  try {
    await signUp(await getDb(), parsed.data, forwarded?.split(",")[0]?.trim() || "local");
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message, values };
    console.error("sign-up failed", error instanceof Error ? error.name : "unknown");
    return { ok: false, error: "Something went wrong on our side. Please try again.", values };
  }
}

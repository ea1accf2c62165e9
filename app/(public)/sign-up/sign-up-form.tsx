"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/field";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/sign-up-schema";
import type { ActionState } from "@/lib/auth/action";
import { createAccount } from "./actions";

export function SignUpForm() {
  const [state, formAction, pending] = useActionState<ActionState<never>, FormData>(createAccount, null);
  return (
    <form className="form" action={formAction} noValidate>
      <FormMessage state={state} />
      <Field name="name" label="Your name" state={state}>
        {(p) => <input type="text" autoComplete="name" required {...p} />}
      </Field>
      <Field name="email" label="Email" state={state}>
        {(p) => <input type="email" autoComplete="email" required {...p} />}
      </Field>
      <Field name="password" label="Password" state={state} hint={`At least ${MIN_PASSWORD_LENGTH} characters. A short sentence is easy to remember.`}>
        {(p) => <input type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} {...p} />}
      </Field>
      <button className="button primary" type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}

"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, FormMessage } from "@/components/field";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/sign-up-schema";
import type { ActionState } from "@/lib/auth/action";
import { createAccount } from "./actions";

export function SignUpForm() {
  const router = useRouter();
  const [state, setState] = useState<ActionState>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await createAccount(null, form);
    if (!result?.ok) {
      setState(result);
      setPending(false);
      return;
    }
    const signedIn = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (signedIn?.ok) {
      router.replace("/orders");
      router.refresh();
    } else {
      setPending(false);
      setState({ ok: false, error: "Your account is ready, but we could not sign you in. Please sign in with your new password." });
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
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

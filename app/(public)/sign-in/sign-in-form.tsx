"use client";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";
import { CODE_NEEDED, CODE_WRONG, EMAIL_NOT_CONFIRMED, EXPIRED_CONFIRM_LINK } from "@/lib/auth/sign-in-messages";
import { sendConfirmationAgain } from "./actions";

type Props = {
  /** From a confirmation link: the account's address and the link's token, sent with the password. */
  confirm?: { email: string; token: string };
};

/** Email and password through next-auth; also the last step of sign-up, from the emailed link. */
export function SignInForm({ confirm }: Props) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [resend, setResend] = useState<{ email: string; state: ActionState } | null>(null);
  const [pending, setPending] = useState(false);
  // Accounts with two-step sign-in are asked for a code once the password was right.
  const [askCode, setAskCode] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    setPending(true);
    setError(null);
    setResend(null);
    const result = await signIn("credentials", {
      email,
      password: String(form.get("password") ?? ""),
      verifyToken: confirm?.token ?? "",
      code: String(form.get("code") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok) {
      router.replace("/");
      router.refresh();
    } else if (result?.error && result.error !== "CredentialsSignin") {
      setError(result.error); // too many attempts (with when to try again), or a step still missing
      if (result.error === EMAIL_NOT_CONFIRMED || result.error === EXPIRED_CONFIRM_LINK) setResend({ email, state: null });
      if (result.error === CODE_NEEDED || result.error === CODE_WRONG) setAskCode(true);
    } else {
      setError("That email and password do not match an account. Please try again.");
    }
  }

  async function sendAgain() {
    if (!resend) return;
    const form = new FormData();
    form.set("email", resend.email);
    const state = await sendConfirmationAgain(null, form);
    setResend({ ...resend, state });
    if (state?.ok) setError(null);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      {resend && (
        <div className="inline-form">
          <FormMessage state={resend.state} />
          {!resend.state?.ok && (
            <button type="button" className="button" onClick={sendAgain}>
              Email me a new link
            </button>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor="email">Email</label>
        {confirm ? (
          <input id="email" name="email" type="email" autoComplete="email" value={confirm.email} readOnly />
        ) : (
          <input id="email" name="email" type="email" autoComplete="email" required />
        )}
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      {askCode && (
        <div className="field">
          <label htmlFor="code">Code from your authenticator app</label>
          <span className="hint" id="code-hint">
            Or one of your recovery codes, if you do not have your phone.
          </span>
          <input id="code" name="code" type="text" autoComplete="one-time-code" aria-describedby="code-hint" required autoFocus />
        </div>
      )}
      <button className="button primary" type="submit" disabled={pending}>
        {pending ? "Signing in…" : confirm ? "Confirm and sign in" : "Sign in"}
      </button>
      <p className="small">
        <Link href="/forgot-password">Forgot your password?</Link>
      </p>
    </form>
  );
}

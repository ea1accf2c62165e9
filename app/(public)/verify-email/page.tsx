import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { confirmationLinkEmail } from "@/lib/accounts/confirm-email";
import { getActor, homeFor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { SignInForm } from "../sign-in/sign-in-form";

export const metadata: Metadata = { title: "Confirm your email address" };

// Opening the link changes nothing (mail scanners fetch links): the password, sent with the
// link's token, confirms the address and signs in, in one step.
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const actor = await getActor();
  if (actor) redirect(homeFor(actor.role));
  const { token } = await searchParams;
  const email = await confirmationLinkEmail(await getDb(), token);
  return (
    <div className="auth-card card">
      <h1>Confirm your email address</h1>
      {email && typeof token === "string" ? (
        <>
          <p className="muted">One last step: sign in with the password you chose, and your account is ready.</p>
          <SignInForm confirm={{ email, token }} />
        </>
      ) : (
        <>
          <p className="alert error" role="alert">
            This link has expired or was already used.
          </p>
          <p>
            If you have confirmed your address already, <Link href="/sign-in">sign in</Link>. Otherwise sign in with your email and password,
            and we will offer to send you a new link.
          </p>
        </>
      )}
    </div>
  );
}

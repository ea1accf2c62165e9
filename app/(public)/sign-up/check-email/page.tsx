import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your email" };

// The one answer to every sign-up: whether the address was new or already had an account is told
// only to that address, by email.
export default function CheckEmailPage() {
  return (
    <div className="auth-card card">
      <h1>Check your email</h1>
      <p>We have sent a message to the address you gave. Open the link in it to finish: it works once, for 24 hours.</p>
      <p className="muted small">
        Nothing there after a few minutes? Look in your spam folder, or <Link href="/sign-up">try again</Link> in case the address had a typo.
        Already have an account? <Link href="/sign-in">Sign in</Link>.
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/account/account-form";
import { askForPasswordReset } from "./actions";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="auth-card card">
      <h1>Forgot your password?</h1>
      <p className="muted">We will email you a link to choose a new one.</p>
      <AccountForm id="forgot" action={askForPasswordReset} submit="Email me a link" variant="primary" fields={[{ name: "email", label: "Email", type: "email", autoComplete: "email" }]} />
      <p className="small">
        Remembered it? <Link href="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}

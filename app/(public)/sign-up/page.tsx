import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor, homeFor } from "@/lib/auth/session";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const actor = await getActor();
  if (actor) redirect(homeFor(actor.role));
  return (
    <div className="auth-card card">
      <h1>Create an account</h1>
      <p className="muted">Order a letter, follow its progress, and read it before it is sent.</p>
      <SignUpForm />
      <p className="small">
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}

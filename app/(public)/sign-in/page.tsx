import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor, homeFor } from "@/lib/auth/session";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/db/seed";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage() {
  const actor = await getActor();
  if (actor) redirect(homeFor(actor.role));
  return (
    <div className="auth-card card">
      <h1>Welcome back</h1>
      <p className="muted">Sign in to follow your letters, or to your desk.</p>
      <SignInForm />
      <p className="small">
        New here? <Link href="/sign-up">Create an account</Link>
      </p>
      {process.env.SEED_DEMO !== "false" && (
        <details className="demo-accounts">
          <summary>Demo accounts</summary>
          <p>
            Every demo account uses the password <code>{DEMO_PASSWORD}</code>.
          </p>
          <ul>
            {demoAccounts.map((a) => (
              <li key={a.email}>
                <code>{a.email}</code> — {a.name}, {a.role}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

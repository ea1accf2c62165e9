import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor, homeFor } from "@/lib/auth/session";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/db/seed";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  if (actor) redirect(homeFor(actor.role));
  const query = await searchParams;
  const notice =
    query.reset === "done"
      ? "Your password is changed and every device was signed out. Sign in with the new password."
      : query.signedOut === "everywhere"
        ? "You are signed out on every device."
        : query.deleted === "1"
          ? "Your account and your letters are erased. Thank you for writing with us."
          : null;
  return (
    <div className="auth-card card">
      <h1>Welcome back</h1>
      <p className="muted">Sign in to follow your letters, or to your desk.</p>
      {notice && (
        <p className="alert success" role="status">
          {notice}
        </p>
      )}
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

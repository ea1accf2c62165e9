import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/account/account-form";
import { tokenIsLive } from "@/lib/accounts/account-tokens";
import { EXPIRED_EMAIL_LINK } from "@/lib/accounts/change-email";
import { getDb } from "@/lib/db/client";
import { confirmNewEmail } from "./actions";

export const metadata: Metadata = { title: "Confirm your new email address" };

// Opening the link only shows a button: mail scanners that fetch links must not change accounts.
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string | string[]; changed?: string }> }) {
  const { token, changed } = await searchParams;
  if (changed) {
    return (
      <div className="auth-card card">
        <h1>Your email address is changed</h1>
        <p>Use the new address to sign in from now on. Other devices were signed out.</p>
        <Link className="button primary" href="/account">
          Back to your account
        </Link>
      </div>
    );
  }
  const live = typeof token === "string" && token.length <= 200 && (await tokenIsLive(await getDb(), token, "email_change"));
  return (
    <div className="auth-card card">
      <h1>Confirm your new email address</h1>
      {live ? (
        <AccountForm id="confirm-email" action={confirmNewEmail} hidden={{ token }} submit="Use this address" variant="primary" fields={[]} />
      ) : (
        <p className="alert error" role="alert">
          {EXPIRED_EMAIL_LINK}
        </p>
      )}
    </div>
  );
}

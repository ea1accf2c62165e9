import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/account/account-form";
import { tokenIsLive } from "@/lib/accounts/account-tokens";
import { EXPIRED_RESET_LINK } from "@/lib/accounts/reset-password";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/sign-up-schema";
import { getDb } from "@/lib/db/client";
import { chooseNewPassword } from "./actions";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const live = typeof token === "string" && token.length <= 200 && (await tokenIsLive(await getDb(), token, "password_reset"));
  return (
    <div className="auth-card card">
      <h1>Choose a new password</h1>
      {live ? (
        <AccountForm
          id="reset"
          action={chooseNewPassword}
          hidden={{ token }}
          submit="Save the new password"
          variant="primary"
          fields={[{ name: "newPassword", label: "New password", type: "password", autoComplete: "new-password", hint: `At least ${MIN_PASSWORD_LENGTH} characters. Every device will be signed out.` }]}
        />
      ) : (
        <p className="alert error" role="alert">
          {EXPIRED_RESET_LINK} <Link href="/forgot-password">Ask for a new link</Link>
        </p>
      )}
    </div>
  );
}

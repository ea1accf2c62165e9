import type { Metadata } from "next";
import Link from "next/link";
import { AccountForm } from "@/components/account/account-form";
import { SessionList } from "@/components/account/session-list";
import { TwoStepSection } from "@/components/account/two-step-section";
import { NotificationsForm } from "@/components/client/notifications-form";
import { ReturnAddressForm } from "@/components/client/return-address-form";
import { StaffNotificationsForm } from "@/components/staff-notifications-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/sign-up-schema";
import { getAccountSettings } from "@/lib/accounts/get-account-settings";
import { getTwoStepStatus } from "@/lib/accounts/two-step-sign-in";
import { everyRole, staffRoles } from "@/lib/auth/permissions";
import { listSessions } from "@/lib/auth/sessions";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { kindsFor } from "@/lib/notifications/staff-kinds";
import { countExportedLetters } from "@/lib/privacy/export-client-data";
import { countryOptions, DEFAULT_COUNTRY } from "@/lib/recipients/countries";
import {
  changeEmailAction,
  changePasswordAction,
  confirmTwoStepAction,
  deleteAccountAction,
  endSessionAction,
  renewRecoveryCodesAction,
  saveNotificationSettings,
  saveReturnAddress,
  saveStaffNotifications,
  signOutEverywhereAction,
  startTwoStepAction,
  turnOffTwoStepAction,
} from "./actions";

export const metadata: Metadata = { title: "Your account" };

const currentPassword = { name: "currentPassword", label: "Current password", type: "password", autoComplete: "current-password" } as const;

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ twoStep?: string }> }) {
  // An admin who must still set up two-step sign-in is sent here, and may use only this page.
  const actor = await requirePageActor(everyRole, { twoStepSetup: true });
  const db = await getDb();
  const staff = staffRoles.includes(actor.role);
  const [settings, sessions, letters, twoStep] = await Promise.all([
    getAccountSettings(db, actor),
    listSessions(db, actor),
    actor.role === "client" ? countExportedLetters(db, actor) : 0,
    staff ? getTwoStepStatus(db, actor) : null,
  ]);
  const twoStepRequired = actor.twoStepMissing || (await searchParams).twoStep === "required";
  return (
    <div className="narrow">
      <div className="page-head">
        <h1>Your account</h1>
      </div>
      <div className="stack">
        <section className="card" aria-labelledby="you-heading">
          <h2 id="you-heading">You</h2>
          <dl className="details">
            <dt>Name</dt>
            <dd>{settings.name}</dd>
            <dt>Email</dt>
            <dd>{settings.email}</dd>
          </dl>
        </section>
        {actor.role === "client" ? (
          <section className="card" aria-labelledby="notifications-heading">
            <h2 id="notifications-heading">Emails</h2>
            <NotificationsForm action={saveNotificationSettings} enabled={settings.emailNotifications} />
          </section>
        ) : (
          <section className="card" aria-labelledby="notifications-heading">
            <h2 id="notifications-heading">Notifications</h2>
            <p className="muted">What we tell you about, and how. New ones also appear under Notifications at the top of every page.</p>
            <StaffNotificationsForm action={saveStaffNotifications} kinds={kindsFor(actor.role)} off={settings.notificationsOff} />
          </section>
        )}
        {actor.role === "client" && (
          <section className="card" aria-labelledby="return-address-heading">
            <h2 id="return-address-heading">Return address</h2>
            <p className="muted small">Written by hand at the top left of the envelopes of your mailed letters. Leave it empty for none.</p>
            <ReturnAddressForm
              action={saveReturnAddress}
              countries={countryOptions()}
              initial={settings.returnAddress ?? { addressLine1: "", addressLine2: "", city: "", region: "", postalCode: "", country: DEFAULT_COUNTRY }}
            />
          </section>
        )}
        {twoStep && (
          <section className="card" aria-labelledby="two-step-heading">
            <h2 id="two-step-heading">Two-step sign-in</h2>
            {twoStepRequired && twoStep.state !== "on" && (
              <p className="alert error" role="alert">
                This site asks admins to sign in with a code from an authenticator app as well as the password. Set it up here to go on.
              </p>
            )}
            <TwoStepSection status={twoStep} start={startTwoStepAction} confirm={confirmTwoStepAction} turnOff={turnOffTwoStepAction} renewCodes={renewRecoveryCodesAction} />
          </section>
        )}
        <section className="card" aria-labelledby="password-heading">
          <h2 id="password-heading">Change your password</h2>
          <AccountForm
            id="password"
            action={changePasswordAction}
            submit="Change password"
            fields={[
              currentPassword,
              { name: "newPassword", label: "New password", type: "password", autoComplete: "new-password", hint: `At least ${MIN_PASSWORD_LENGTH} characters. Every other device will be signed out.` },
            ]}
          />
        </section>
        <section className="card" aria-labelledby="email-heading">
          <h2 id="email-heading">Change your email address</h2>
          <AccountForm
            id="email"
            action={changeEmailAction}
            submit="Send a confirmation link"
            fields={[
              { name: "newEmail", label: "New email address", type: "email", autoComplete: "email", hint: "We send a link to the new address; it changes when you open it." },
              currentPassword,
            ]}
          />
        </section>
        {actor.role === "client" && (
          <section className="card" aria-labelledby="data-heading">
            <h2 id="data-heading">Your data</h2>
            <p>
              <a className="button" href="/api/account/export" download>
                Download all your data (JSON)
              </a>
            </p>
            {letters > 0 && (
              <p className="small">
                It holds your {letters === 1 ? "letter" : `${letters.toLocaleString("en")} letters`} as you read them, with a link to each one&rsquo;s
                PDF; every PDF is also on its letter&rsquo;s page under <Link href="/orders">My letters</Link>.
              </p>
            )}
            <h3>Delete your account</h3>
            <p className="small">
              Your letters, briefs, comments and address book are erased at once and you are signed out everywhere. Payment records stay, without your
              name, for as long as accounting law requires; a letter you allowed us to publish keeps only its redacted text in books already made.
            </p>
            <AccountForm
              id="delete"
              action={deleteAccountAction}
              submit="Delete my account"
              variant="danger"
              fields={[currentPassword]}
              checkbox={{ name: "confirm", label: "I understand that my letters and address book will be erased for good." }}
            />
          </section>
        )}
        <section className="card" aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">Where you are signed in</h2>
          <SessionList sessions={sessions} endSession={endSessionAction} />
          <AccountForm id="everywhere" action={signOutEverywhereAction} submit="Sign out of every device" variant="danger" fields={[]} />
        </section>
      </div>
    </div>
  );
}

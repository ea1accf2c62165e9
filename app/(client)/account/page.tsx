import type { Metadata } from "next";
import { NotificationsForm } from "@/components/client/notifications-form";
import { getAccountSettings } from "@/lib/accounts/get-account-settings";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { saveNotificationSettings } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requirePageActor(["client"]);
  const settings = await getAccountSettings(await getDb(), actor);
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
        <section className="card" aria-labelledby="notifications-heading">
          <h2 id="notifications-heading">Emails</h2>
          <NotificationsForm action={saveNotificationSettings} enabled={settings.emailNotifications} />
        </section>
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { LocalTime } from "@/components/local-time";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

const linkFor = (kind: string, orderId: string | null) =>
  !orderId ? null : kind === "review" ? `/admin/review/${orderId}` : kind === "pool_order" ? "/desk" : `/desk/${orderId}`;

export default async function NotificationsPage() {
  const actor = await requirePageActor(["writer", "editor", "admin"]);
  const items = await listNotifications(await getDb(), actor);
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <div className="narrow">
      <div className="page-head">
        <div>
          <h1>Notifications</h1>
          <p className="lede">{unread > 0 ? `${unread} new since you last looked.` : "Nothing new."} Choose what you hear about on your <Link href="/account">account page</Link>.</p>
        </div>
        {unread > 0 && <ActionButton action={markNotificationsRead} fields={{}} label="Mark all as read" />}
      </div>
      {items.length === 0 ? (
        <p className="card empty">No notifications yet. New letters in the pool, clients&apos; comments and letters ready for review appear here.</p>
      ) : (
        <ul className="plain-list stack">
          {items.map((n) => {
            const href = linkFor(n.kind, n.orderId);
            return (
              <li key={n.id} className={`card notification${n.readAt ? "" : " unread"}`}>
                <p className="muted small">
                  {!n.readAt && <span className="new-tag">New</span>} <LocalTime value={n.createdAt} />
                </p>
                <p className="notification-message">{href ? <Link href={href}>{n.message}</Link> : n.message}</p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

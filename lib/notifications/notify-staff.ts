import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { notifications, orders, recipients, users } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";
import type { OrderEvent } from "@/lib/orders/state-machine";
import { letterTitle } from "@/lib/payments/letter-title";
import { isOn, staffNotificationKinds, type StaffNotificationKind } from "./staff-kinds";

/** Events writers and editors hear of; "comment" is a client's comment while reading (not a transition). */
export type StaffEvent = OrderEvent | "comment";

type News = { kind: StaffNotificationKind; to: "writers" | "assigned_writer" | "reviewers"; subject: string; message: string; path: string };

/**
 * Tells writers and editors what needs them: a new order in the open pool (every writer), a client's
 * comment or change request (the letter's writer), a letter ready for review (editors and admins).
 * Each person gets it in the app and by email, unless they switched that kind or channel off.
 * Messages name the letter and link to it; they never carry its text.
 */
export async function notifyStaff(db: DbOrTx, orderId: string, event: StaffEvent, options: { idempotencyKey?: string } = {}): Promise<number> {
  const [order] = await db
    .select({ occasion: orders.occasion, writerId: orders.writerId, revisionRoundsUsed: orders.revisionRoundsUsed, recipientName: recipients.name })
    .from(orders)
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .where(eq(orders.id, orderId));
  if (!order) return 0;
  const news = newsFor(event, orderId, letterTitle(order, order.recipientName), order.revisionRoundsUsed > 0);
  if (!news || (news.to === "assigned_writer" && !order.writerId)) return 0;
  const people = await db
    .select({ id: users.id, email: users.email, name: users.name, off: users.notificationsOff })
    .from(users)
    .where(
      news.to === "assigned_writer" && order.writerId
        ? eq(users.id, order.writerId)
        : inArray(users.role, [...staffNotificationKinds[news.kind].roles]),
    );
  const url = `${appUrl()}${news.path}`;
  const inApp = people.filter((p) => isOn(p.off, news.kind, "app"));
  if (inApp.length > 0) await db.insert(notifications).values(inApp.map((p) => ({ userId: p.id, kind: news.kind, orderId, message: news.message })));
  for (const p of people.filter((p) => isOn(p.off, news.kind, "email"))) {
    const text = [`Hello ${p.name},`, "", news.message, "", url, "", `Choose what we tell you at ${appUrl()}/account`].join("\n");
    // One key per person: a retried job sends nobody the same email twice.
    await sendMail(db, { to: p.email, subject: news.subject, text, ...(options.idempotencyKey && { idempotencyKey: `${options.idempotencyKey}:${p.id}` }) });
  }
  return people.length;
}

function newsFor(event: StaffEvent, orderId: string, title: string, revised: boolean): News | null {
  switch (event) {
    case "pay":
      return { kind: "pool_order", to: "writers", subject: "A new letter is in the pool", message: `A new order is in the open pool: ${title}.`, path: "/desk" };
    case "comment":
      return { kind: "client_comment", to: "assigned_writer", subject: "The client commented on a letter", message: `The client left a comment on the ${lower(title)}.`, path: `/desk/${orderId}` };
    case "request_revision":
      return { kind: "client_comment", to: "assigned_writer", subject: "The client asked for changes", message: `The client asked for changes to the ${lower(title)}.`, path: `/desk/${orderId}` };
    case "submit_for_review":
      return {
        kind: "review",
        to: "reviewers",
        subject: revised ? "A revised letter is ready for review" : "A letter is ready for review",
        message: revised ? `The revised ${lower(title)} is ready for review.` : `The ${lower(title)} is ready for review.`,
        path: `/admin/review/${orderId}`,
      };
    default:
      return null;
  }
}

const lower = (title: string) => title.charAt(0).toLowerCase() + title.slice(1);

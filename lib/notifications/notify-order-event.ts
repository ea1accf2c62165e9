import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { orders, users } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { signLetterLink } from "@/lib/handwriting/signed-letter-link";
import { sendMail } from "@/lib/mail/send-mail";
import type { OrderEvent } from "@/lib/orders/state-machine";
import { letterTitle } from "@/lib/payments/letter-title";

type Message = { subject: string; lead: string };

/** The emails that say the letter is ready (to read, or to download). */
const letterReady: readonly OrderEvent[] = ["send_to_client", "mark_delivered"];

/**
 * Tells the client by email when something they are waiting for happens. Call it after any
 * transition: events that concern the client send one email; the rest send nothing. Clients who
 * turned letter emails off get none. Emails carry a link, never the letter's text.
 */
export async function notifyOrderEvent(db: DbOrTx, orderId: string, event: OrderEvent, options: { idempotencyKey?: string } = {}) {
  const [row] = await db
    .select({
      occasion: orders.occasion,
      revisionRoundsUsed: orders.revisionRoundsUsed,
      trackingReference: orders.trackingReference,
      email: users.email,
      name: users.name,
      wantsEmail: users.emailNotifications,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.clientId))
    .where(eq(orders.id, orderId));
  if (!row || !row.wantsEmail) return null;
  const message = messageFor(event, letterTitle(row).toLowerCase(), row.revisionRoundsUsed > 0, row.trackingReference);
  if (!message) return null;
  const origin = appUrl();
  // A delivered letter comes with its own download link, signed and expiring, so no sign-in is needed.
  const link = event === "mark_delivered" ? `${origin}/api/letters/${orderId}?token=${signLetterLink(orderId)}` : `${origin}/orders/${orderId}`;
  // A letter that is ready comes with a picture of its first page (a signed link: no sign-in needed).
  const firstPage = letterReady.includes(event)
    ? ["", "A look at the first page:", `${origin}/api/letters/${orderId}/first-page.png?token=${signLetterLink(orderId, new Date(), "first page")}`]
    : [];
  const text = [
    `Hello ${row.name},`,
    "",
    message.lead,
    "",
    link,
    ...firstPage,
    "",
    "With warm wishes,",
    "Beautiful Handwritten Letters",
    "",
    `You receive this because letter emails are on. Turn them off at ${origin}/account`,
  ].join("\n");
  return sendMail(db, { to: row.email, subject: message.subject, text, ...options });
}

function messageFor(event: OrderEvent, letter: string, revised: boolean, tracking: string | null): Message | null {
  switch (event) {
    case "send_to_client":
      return revised
        ? { subject: "Your revised letter is ready to read", lead: `Your writer has answered your notes: the revised ${letter} is ready for you to read.` }
        : { subject: "Your letter is ready to read", lead: `The draft of your ${letter} is ready. Read it in handwriting, then approve it or ask for changes.` };
    case "mark_mailed":
      return {
        subject: "Your letter is in the post",
        lead: `Your ${letter} has been printed on stationery and mailed.${tracking ? ` Its tracking reference is ${tracking}.` : ""}`,
      };
    case "mark_delivered":
      return { subject: "Your letter is ready to download", lead: `Your ${letter} is delivered: download the PDF with this link, which works for 30 days (it is always on your order too).` };
    default:
      return null;
  }
}

import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { orders, recurringLetters, users } from "@/lib/db/schema";
import { appUrl } from "@/lib/env";
import { sendMail } from "@/lib/mail/send-mail";
import type { Brief } from "@/lib/orders/brief";
import { placeOrder } from "@/lib/orders/place-order";
import { letterTitle } from "@/lib/payments/letter-title";
import { addYears } from "./add-years";
import { todayIso } from "./today-iso";

const day = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/**
 * For every active repeat whose reminder day has come: copies the letter's brief into a new draft
 * order for the occasion's date, tells the client (unless they turned letter emails off), and moves
 * the repeat on a year. Each repeat is handled in its own transaction with its row locked, so a
 * retried or concurrent run prepares each date once. Returns the ids of the orders prepared.
 */
export async function prepareDueRepeatLetters(db: Db, today = todayIso()): Promise<string[]> {
  const due = await db
    .select({ id: recurringLetters.id })
    .from(recurringLetters)
    // Preparing moves nextDate on a year, so a prepared date is never due again.
    .where(and(eq(recurringLetters.active, true), sql`${recurringLetters.nextDate} - ${recurringLetters.remindDaysBefore} <= ${today}::date`));

  const made: string[] = [];
  for (const { id } of due) {
    try {
      const orderId = await prepareOne(db, id, today);
      if (orderId) made.push(orderId);
    } catch (error) {
      // One repeat that cannot be prepared (its recipient lost their address) must not stop the others;
      // it stays due and is tried again on the next run.
      console.error("repeat letter not prepared", { repeatId: id, reason: error instanceof Error ? error.name : "unknown" });
    }
  }
  return made;
}

function reminderDay(repeat: { nextDate: string; remindDaysBefore: number }): string {
  const date = new Date(`${repeat.nextDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - repeat.remindDaysBefore);
  return todayIso(date);
}

async function prepareOne(db: Db, repeatId: string, today: string): Promise<string | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ repeat: recurringLetters, source: orders, client: users })
      .from(recurringLetters)
      .innerJoin(orders, eq(orders.id, recurringLetters.sourceOrderId))
      .innerJoin(users, eq(users.id, recurringLetters.clientId))
      .where(eq(recurringLetters.id, repeatId))
      .for("update", { of: recurringLetters, skipLocked: true });
    // Gone, stopped, locked by another worker, or moved on a year since the list was read.
    if (!row || !row.repeat.active || reminderDay(row.repeat) > today) return null;
    const { repeat, source, client } = row;

    // A date missed while nothing ran is written for at its next occurrence, never in the past.
    let deadline = repeat.nextDate;
    while (deadline < today) deadline = addYears(deadline, 1);
    const actor = { id: client.id, role: client.role, name: client.name, email: client.email };
    const order = await placeOrder(tx, actor, {
      recipientId: repeat.recipientId,
      occasion: source.occasion,
      relationship: source.relationship,
      tone: source.tone,
      toneNote: source.toneNote,
      length: source.length,
      memories: source.memories,
      mustInclude: source.mustInclude,
      mustAvoid: source.mustAvoid,
      signOff: source.signOff,
      englishVariety: source.englishVariety,
      deadline,
      delivery: source.delivery,
      // Stored as text; they were validated against the catalogue when the source was placed.
      handwritingStyle: source.handwritingStyle as Brief["handwritingStyle"],
      inkColour: source.inkColour as Brief["inkColour"],
      stationery: source.stationery as Brief["stationery"],
      paper: source.paper as Brief["paper"],
      dateLine: source.dateLine,
    });
    await tx
      .update(recurringLetters)
      .set({ preparedOrderId: order.id, remindedAt: new Date(), nextDate: addYears(deadline, 1) })
      .where(eq(recurringLetters.id, repeat.id));

    if (client.emailNotifications) {
      const origin = appUrl();
      const title = letterTitle(source).toLowerCase();
      const text = [
        `Hello ${client.name},`,
        "",
        `You asked us to write your ${title} again this year. We have prepared its brief from last time, for ${day.format(new Date(`${deadline}T00:00:00Z`))}.`,
        "Look it over and pay when you are ready, so your writer has time to write it:",
        "",
        `${origin}/orders/${order.id}`,
        "",
        "With warm wishes,",
        "Beautiful Handwritten Letters",
        "",
        `You receive this because letter emails are on. Turn them off at ${origin}/account`,
      ].join("\n");
      // Sent last: the outbox row commits with the prepared order, so the reminder goes out once.
      await sendMail(tx, { to: client.email, subject: `Time to write again: your ${title}`, text, idempotencyKey: `repeat:${repeat.id}:${deadline}` });
    }
    return order.id;
  });
}

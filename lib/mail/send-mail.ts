import { eq } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { DbOrTx } from "@/lib/db/client";
import { mailOutbox } from "@/lib/db/schema";
import { env, serviceModes } from "@/lib/env";

/**
 * idempotencyKey names the one effect this email is (e.g. a job's id): a second send with the same
 * key, from a retried job, returns the stored message and sends nothing.
 */
export type Mail = { to: string; subject: string; text: string; idempotencyKey?: string };

const transports = new Map<string, Transporter>();

/**
 * Sends a plain-text email through SMTP when SMTP_URL is set; otherwise it goes only to the
 * development outbox. Every message is kept in mail_outbox either way, for the admin's outbox page.
 * SMTP failures are recorded on the message, not thrown: an email never undoes the work it reports.
 * With a key, an email is sent at most once: the row is written before SMTP is tried, so a worker
 * that dies in between loses that email rather than sending it twice.
 */
export async function sendMail(db: DbOrTx, mail: Mail) {
  const e = env();
  const smtp = serviceModes(e).mail === "smtp";
  const [stored] = await db
    .insert(mailOutbox)
    .values({
      toAddress: mail.to,
      subject: mail.subject,
      text: mail.text,
      transport: smtp ? "smtp" : "outbox",
      sentAt: smtp ? null : new Date(),
      idempotencyKey: mail.idempotencyKey ?? null,
    })
    .onConflictDoNothing({ target: mailOutbox.idempotencyKey })
    .returning();
  if (!stored) {
    const [earlier] = await db.select().from(mailOutbox).where(eq(mailOutbox.idempotencyKey, mail.idempotencyKey!));
    return earlier;
  }
  if (!smtp) return stored;

  let transport = transports.get(e.SMTP_URL!);
  if (!transport) {
    transport = nodemailer.createTransport(e.SMTP_URL!);
    transports.set(e.SMTP_URL!, transport);
  }
  try {
    await transport.sendMail({ from: e.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    const [sent] = await db.update(mailOutbox).set({ sentAt: new Date() }).where(eq(mailOutbox.id, stored.id)).returning();
    return sent;
  } catch (error) {
    // The SMTP server's own words can quote the address; keep only the kind of failure.
    const reason = (error as { code?: string }).code ?? (error instanceof Error ? error.name : "unknown");
    console.error("mail not sent", { mailId: stored.id, reason });
    const [failed] = await db.update(mailOutbox).set({ error: `Not sent: ${reason}` }).where(eq(mailOutbox.id, stored.id)).returning();
    return failed;
  }
}

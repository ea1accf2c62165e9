import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterEach, expect, it } from "vitest";
import { mailOutbox, users } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { listOutbox } from "@/lib/mail/list-outbox";
import { sendMail } from "@/lib/mail/send-mail";
import { notifyOrderEvent } from "@/lib/notifications/notify-order-event";
import { makeCast } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";

const letter = "Dear Margaret, the lake at Grandpa's cabin was the coldest water in the world.";
const toClient = ["pay", "claim", { save: letter }, "submit_for_review", "send_to_client"] as const;

/** Just enough of an SMTP server to accept one message and keep what it was sent. */
async function startFakeSmtp() {
  const received: string[] = [];
  const server: Server = createServer((socket) => {
    let data = false;
    let buffer = "";
    socket.write("220 fake ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString();
      let end: number;
      while (data ? (end = buffer.indexOf("\r\n.\r\n")) >= 0 : (end = buffer.indexOf("\r\n")) >= 0) {
        if (data) {
          received.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          data = false;
          socket.write("250 queued\r\n");
          continue;
        }
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 fake\r\n");
        else if (verb === "DATA") {
          data = true;
          socket.write("354 go ahead\r\n");
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`, received, close: () => new Promise((r) => server.close(r)) };
}

afterEach(() => {
  delete process.env.SMTP_URL;
});

describeWithDatabase("mail and notifications", (ctx) => {
  const outboxFor = (email: string) => ctx.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));

  it("keeps mail in the outbox when SMTP is not configured", async () => {
    const stored = await sendMail(ctx.db, { to: "someone@test.example", subject: "Hello", text: "A short note." });
    expect(stored).toMatchObject({ transport: "outbox", subject: "Hello", error: null });
    expect(stored.sentAt).toBeInstanceOf(Date);
    expect(await outboxFor("someone@test.example")).toHaveLength(1);
  });

  it("sends through SMTP when configured, and still keeps a copy; a failing server is recorded, not thrown", async () => {
    const smtp = await startFakeSmtp();
    try {
      process.env.SMTP_URL = smtp.url;
      const sent = await sendMail(ctx.db, { to: "smtp@test.example", subject: "Through SMTP", text: "Body text." });
      expect(sent).toMatchObject({ transport: "smtp", error: null });
      expect(sent.sentAt).toBeInstanceOf(Date);
      expect(smtp.received.join("\n")).toMatch(/Subject: Through SMTP[\s\S]*Body text\./);
    } finally {
      await smtp.close();
    }
    process.env.SMTP_URL = "smtp://127.0.0.1:1";
    const failed = await sendMail(ctx.db, { to: "nobody@test.example", subject: "Lost", text: "x" });
    expect(failed).toMatchObject({ transport: "smtp", sentAt: null, error: expect.stringMatching(/^Not sent/) });
  });

  it("tells the client their letter is ready with a link and without the letter, and again when revised", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), toClient);
    const first = await notifyOrderEvent(ctx.db, order.id, "send_to_client");
    expect(first).toMatchObject({ toAddress: cast.client.email, subject: "Your letter is ready to read" });
    expect(first!.text).toContain(`/orders/${order.id}`);
    expect(first!.text).not.toContain("Grandpa");
    expect(first!.text).not.toContain("Margaret");

    const revised = await createOrderThrough(ctx.db, cast, cast.brief(), [
      ...toClient,
      "request_revision",
      { save: `${letter} Revised.` },
      "submit_for_review",
      "send_to_client",
    ]);
    expect(await notifyOrderEvent(ctx.db, revised.id, "send_to_client")).toMatchObject({ subject: "Your revised letter is ready to read" });
    expect(await notifyOrderEvent(ctx.db, revised.id, "claim")).toBeNull();
    expect(await outboxFor(cast.client.email)).toHaveLength(2);
  });

  it("tells the client when the letter is mailed or delivered", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief({ delivery: "mail" }), [...toClient, "approve", "mark_printed", "mark_mailed"]);
    expect(await notifyOrderEvent(ctx.db, order.id, "mark_mailed")).toMatchObject({ subject: "Your letter is in the post" });
    const pdf = await createOrderThrough(ctx.db, cast, cast.brief(), [...toClient, "approve", "mark_delivered"]);
    expect(await notifyOrderEvent(ctx.db, pdf.id, "mark_delivered")).toMatchObject({ subject: "Your letter is ready to download" });
  });

  it("sends nothing to a client who turned letter emails off", async () => {
    const cast = await makeCast(ctx.db);
    await ctx.db.update(users).set({ emailNotifications: false }).where(eq(users.id, cast.client.id));
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), toClient);
    expect(await notifyOrderEvent(ctx.db, order.id, "send_to_client")).toBeNull();
    expect(await outboxFor(cast.client.email)).toEqual([]);
  });

  it("shows the outbox to admins only", async () => {
    const cast = await makeCast(ctx.db);
    await sendMail(ctx.db, { to: "listed@test.example", subject: "Listed", text: "x" });
    expect((await listOutbox(ctx.db, cast.admin)).rows.map((m) => m.toAddress)).toContain("listed@test.example");
    for (const actor of [cast.client, cast.writer, cast.editor]) {
      await expect(listOutbox(ctx.db, actor)).rejects.toThrow(/not be found/);
    }
  });
});

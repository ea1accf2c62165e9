import { and, eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { GET as exportData } from "@/app/api/account/export/route";
import { authenticate } from "@/lib/auth/authenticate";
import { getActor } from "@/lib/auth/session";
import { auditLog, collectionItems, collections, letterVersions, orders, payments, recipients, users } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { deleteClientAccount, ERASED } from "@/lib/privacy/delete-client-account";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));

const LETTER = "Dear Mum,\n\nMrs Bennett of 14 Willow Lane taught me to swim.\n\nLove, Clara";
const delivered = ["pay", "claim", { save: LETTER }, "submit_for_review", "send_to_client", "approve", "mark_delivered"] as const;
const confirm = { currentPassword: "correct horse", confirm: "on" as const };

describeWithDatabase("privacy, self-service", (ctx) => {
  it("gives a client all their data as JSON, and nobody else's", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief({ memories: ["The lake at Grandpa's cabin"] }), delivered);
    const stranger = await makeCast(ctx.db);
    await createOrderThrough(ctx.db, stranger, stranger.brief(), ["pay"]);
    await signInAs(ctx.db, cast.client);
    const res = await exportData();
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="my-letters-/);
    const data = await res.json();
    expect(data.account).toMatchObject({ email: cast.client.email, name: cast.client.name });
    expect(data.recipients.map((r: { name: string }) => r.name)).toEqual(["Margaret Bennett"]);
    expect(data.orders).toHaveLength(1);
    expect(data.orders[0]).toMatchObject({
      id: order.id,
      memories: ["The lake at Grandpa's cabin"],
      letter: LETTER,
      letterPdf: `/api/orders/${order.id}/letter.pdf`,
      payments: [{ status: "succeeded", purpose: "order" }],
    });
    expect(JSON.stringify(data)).not.toContain("password");

    await signInAs(ctx.db, cast.writer);
    expect((await exportData()).status).toBe(404);
  });

  it("erases a client's account, letters and address book; keeps payments and the redacted book copy; ends sessions", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief({ memories: ["The lake"] }), delivered);
    const [book] = await ctx.db.insert(collections).values({ title: "Letters to mothers" }).returning();
    await ctx.db.insert(collectionItems).values({ collectionId: book.id, orderId: order.id, position: 1 });
    await signInAs(ctx.db, cast.client);
    const actor = (await getActor())!;

    await expect(deleteClientAccount(ctx.db, actor, { ...confirm, currentPassword: "wrong" }, "203.0.113.1")).rejects.toMatchObject({ fieldErrors: { currentPassword: expect.any(Array) } });
    await deleteClientAccount(ctx.db, actor, confirm, "203.0.113.1");

    expect(await getActor()).toBeNull();
    expect(await authenticate(ctx.db, { email: cast.client.email, password: "correct horse" }, "203.0.113.1")).toBeNull();
    const [user] = await ctx.db.select().from(users).where(eq(users.id, cast.client.id));
    expect(user).toMatchObject({ name: "Erased client", email: `erased-${cast.client.id}@erased.invalid` });
    const [recipient] = await ctx.db.select().from(recipients).where(eq(recipients.id, cast.recipient.id));
    expect(recipient).toMatchObject({ name: ERASED, addressLine1: "", city: "" });
    const versions = await ctx.db.select().from(letterVersions).where(eq(letterVersions.orderId, order.id));
    expect(versions.every((v) => v.body === ERASED)).toBe(true);
    const [brief] = await ctx.db.select().from(orders).where(eq(orders.id, order.id));
    expect(brief.memories).toEqual([]);
    const [payment] = await ctx.db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(payment).toMatchObject({ status: "succeeded", amountCents: brief.priceCents });
    const [copy] = await ctx.db.select().from(collectionItems).where(eq(collectionItems.orderId, order.id));
    expect(copy.redactedText).toContain("Mrs B. of … taught me to swim");
    const [audit] = await ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, cast.client.id), eq(auditLog.action, "account.deleted")));
    expect(JSON.stringify(audit)).not.toMatch(new RegExp(`${cast.client.email}|${cast.client.name}`));
  });

  it("waits while a letter is still being written", async () => {
    const cast = await makeCast(ctx.db);
    await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim"]);
    await signInAs(ctx.db, cast.client);
    await expect(deleteClientAccount(ctx.db, (await getActor())!, confirm, "203.0.113.2")).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/still being written/),
    });
  });
});

import { and, eq } from "drizzle-orm";
import { beforeEach, expect, it, vi } from "vitest";
import { auditLog, comments, orders } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { listReviewQueue } from "@/lib/desk/list-review-queue";
import { addReviewNote } from "@/lib/letters/add-review-note";
import { listVersions } from "@/lib/letters/list-versions";
import { returnToWriter } from "@/lib/letters/return-to-writer";
import { sendToClient } from "@/lib/letters/send-to-client";
import { noteForWriter, saveEdit, send } from "@/app/(admin)/admin/review/[orderId]/actions";
import { claim } from "@/app/(writer)/desk/actions";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

const toReview = ["pay", "claim", { save: "Dear Margaret,\n\nHappy birthday. The lake is still cold." }, "submit_for_review"] as const;

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describeWithDatabase("editor review", (ctx) => {
  beforeEach(() => signInAs(ctx.db, null));

  it("queues submitted letters for reviewers only, longest-waiting first", async () => {
    const cast = await makeCast(ctx.db);
    const first = await createOrderThrough(ctx.db, cast, cast.brief(), toReview);
    const second = await createOrderThrough(ctx.db, cast, cast.brief(), toReview);
    await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim", { save: "Not yet" }]);
    const queue = (await listReviewQueue(ctx.db, cast.editor)).rows.filter((o) => [first.id, second.id].includes(o.id));
    expect(queue.map((o) => o.id)).toEqual([first.id, second.id]);
    expect(queue[0]).toMatchObject({ recipientName: "Margaret Bennett", writerName: cast.writer.name });
    expect(queue[0].submittedAt).toBeInstanceOf(Date);
    expect((await listReviewQueue(ctx.db, cast.writer)).rows).toEqual([]);
    expect((await listReviewQueue(ctx.db, cast.client)).rows).toEqual([]);
  });

  it("returns a letter to the writer with an anchored note, in one step", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), toReview);
    await expect(returnToWriter(ctx.db, cast.editor, order.id, { body: "Warmer?", passage: "not in the letter" })).rejects.toThrow(
      /highlighted/,
    );
    const returned = await returnToWriter(ctx.db, cast.editor, order.id, { body: "Could the lake be warmer?", passage: "The lake is still cold." });
    expect(returned.status).toBe("drafting");
    const notes = await ctx.db.select().from(comments).where(eq(comments.orderId, order.id));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "review_note", body: "Could the lake be warmer?", quote: "The lake is still cold.", anchorStart: 32, anchorEnd: 55 });

    // Returning again fails on the state machine, and the note it would have added is rolled back.
    await expect(returnToWriter(ctx.db, cast.editor, order.id, { body: "Again", passage: "" })).rejects.toThrow(/Already done: this order is now “Being written”/);
    expect(await ctx.db.select().from(comments).where(eq(comments.orderId, order.id))).toHaveLength(1);
  });

  it("lets the editor edit as an editor's version and send the letter to the client", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), toReview);
    await signInAs(ctx.db, cast.editor);
    const saved = await saveEdit(null, form({ orderId: order.id, text: "Dear Margaret,\n\nHappy birthday!", baseNumber: "1" }));
    expect(saved).toMatchObject({ ok: true, message: "Saved as version 2." });
    const stale = await saveEdit(null, form({ orderId: order.id, text: "Mine", baseNumber: "1" }));
    expect(stale).toMatchObject({ ok: false, values: { text: "Mine" } });
    const versions = await listVersions(ctx.db, cast.editor, order.id);
    expect(versions.at(-1)).toMatchObject({ number: 2, authorKind: "editor", authorName: cast.editor.name });

    const noted = await noteForWriter(null, form({ orderId: order.id, body: "Lovely." }));
    expect(noted).toMatchObject({ ok: true });
    // Two words for an ordered 200–400: the editor must say why it goes as it is.
    expect(await send(null, form({ orderId: order.id }))).toMatchObject({
      ok: false,
      error: "The letter has 4 words (ordered 200–400). About 196 words short of the ordered length. Give a reason to send it as it is.",
    });
    expect(await send(null, form({ orderId: order.id, reason: "short" }))).toMatchObject({ ok: false, fieldErrors: { reason: [expect.stringMatching(/at least 10/)] } });
    await expect(send(null, form({ orderId: order.id, reason: "The client wants a short birthday note." }))).rejects.toThrow(/NEXT_REDIRECT/);
    const [row] = await ctx.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row.status).toBe("with_client");
    const [logged] = await ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, order.id), eq(auditLog.action, "order.send_to_client")));
    expect(logged.detail).toMatchObject({ lengthOverride: { reason: "The client wants a short birthday note.", length: "4 words (ordered 200–400)" } });
  });

  it("refuses the review to writers and clients as if the letter did not exist", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), toReview);
    for (const outsider of [cast.writer, cast.client]) {
      await expect(sendToClient(ctx.db, outsider, order.id)).rejects.toThrow(/not be found/);
      await expect(returnToWriter(ctx.db, outsider, order.id, { body: "No", passage: "" })).rejects.toThrow(/not be found/);
      await expect(addReviewNote(ctx.db, outsider, order.id, { body: "No", passage: "" })).rejects.toThrow(/not be found/);

      await signInAs(ctx.db, outsider);
      for (const result of [
        await send(null, form({ orderId: order.id })),
        await noteForWriter(null, form({ orderId: order.id, body: "No", intent: "return" })),
        await saveEdit(null, form({ orderId: order.id, text: "Taken over", baseNumber: "1" })),
      ]) {
        expect(result).toMatchObject({ ok: false, error: "That page could not be found." });
      }
    }
    const [row] = await ctx.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row.status).toBe("in_review");
    expect(await ctx.db.select().from(comments).where(eq(comments.orderId, order.id))).toEqual([]);
  });

  it("lets only writers claim from the desk, and tells a late writer the letter has gone", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    await signInAs(ctx.db, cast.client);
    expect(await claim(null, form({ orderId: order.id }))).toMatchObject({ ok: false, error: "That page could not be found." });
    await signInAs(ctx.db, cast.writer);
    await expect(claim(null, form({ orderId: order.id }))).rejects.toThrow(/NEXT_REDIRECT/);
    await signInAs(ctx.db, cast.otherWriter);
    expect(await claim(null, form({ orderId: order.id }))).toMatchObject({ ok: false, error: expect.stringMatching(/no longer in the open pool/) });
  });
});

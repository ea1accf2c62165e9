import { eq } from "drizzle-orm";
import { beforeEach, expect, it, vi } from "vitest";
import { restoreLetter, saveLetter, submitLetter } from "@/app/(writer)/desk/[orderId]/actions";
import { orders } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { compareVersions } from "@/lib/letters/compare-versions";
import { listVersions } from "@/lib/letters/list-versions";
import { restoreVersion } from "@/lib/letters/restore-version";
import { saveVersion } from "@/lib/letters/save-version";
import { submitForReview } from "@/lib/letters/submit-for-review";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";
import { warmProofreaderFirst } from "../helpers/warm-proofreader";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

warmProofreaderFirst({ pool: true });

describeWithDatabase("letter workspace", (ctx) => {
  beforeEach(() => signInAs(ctx.db, null));

  it("saves versions, compares any two word by word and restores one as a new version", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim"]);
    await saveVersion(ctx.db, cast.writer, order.id, { body: "Dear Mum, happy birthday.", baseNumber: 0 });
    await saveVersion(ctx.db, cast.writer, order.id, { body: "Dear Mum, a very happy birthday.", baseNumber: 1 });

    const diff = await compareVersions(ctx.db, cast.writer, order.id, 1, 2);
    expect(diff).toMatchObject({ from: 1, to: 2, wordsAdded: 2, wordsRemoved: 0 });
    expect(diff.parts).toContainEqual({ kind: "added", text: "a very " });

    // Restoring on a stale base is refused like any save; on the current base it adds version 3.
    await expect(restoreVersion(ctx.db, cast.writer, order.id, { number: 1, baseNumber: 1 })).rejects.toThrow(/saved version 2/);
    const restored = await restoreVersion(ctx.db, cast.writer, order.id, { number: 1, baseNumber: 2 });
    expect(restored).toMatchObject({ number: 3, body: "Dear Mum, happy birthday.", note: "Restored from version 1", authorKind: "writer" });

    const versions = await listVersions(ctx.db, cast.writer, order.id);
    expect(versions.map((v) => [v.number, v.authorKind, v.authorName])).toEqual([
      [1, "writer", cast.writer.name],
      [2, "writer", cast.writer.name],
      [3, "writer", cast.writer.name],
    ]);
  });

  it("keeps versions, comparisons and restores from anyone not on the order", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim", { save: "Private words" }]);
    for (const stranger of [cast.otherWriter, cast.client, cast.otherClient]) {
      expect(await listVersions(ctx.db, stranger, order.id)).toEqual([]);
      await expect(compareVersions(ctx.db, stranger, order.id, 1, 1)).rejects.toThrow(/not be found/);
      await expect(restoreVersion(ctx.db, stranger, order.id, { number: 1, baseNumber: 1 })).rejects.toThrow(/not be found/);
      await expect(submitForReview(ctx.db, stranger, order.id)).rejects.toThrow(/not be found/);
    }
    expect(await listVersions(ctx.db, cast.editor, order.id)).toHaveLength(1);
  });

  it("submits only a letter with a saved version, and measures the AI share of its words", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim"]);
    await expect(submitForReview(ctx.db, cast.writer, order.id)).rejects.toThrow("Save a version of the letter before submitting it for review.");
    await saveVersion(ctx.db, cast.writer, order.id, { body: "one two three four", baseNumber: 0, authorKind: "ai" });
    await saveVersion(ctx.db, cast.writer, order.id, { body: "one two THREE FOUR", baseNumber: 1 });
    // This letter fails the review checklist (tests/integration/review-checklist.test.ts): the writer says why.
    const submitted = await submitForReview(ctx.db, cast.writer, order.id, { overrideReason: "Only measuring the AI share here." });
    expect(submitted).toMatchObject({ status: "in_review", aiShare: 0.5 });
    const [row] = await ctx.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row.aiShare).toBe(0.5);
    // Submitted letters are the editor's now: the writer can neither save nor submit again.
    await expect(saveVersion(ctx.db, cast.writer, order.id, { body: "more", baseNumber: 2 })).rejects.toThrow(/cannot be edited/);
    await expect(submitForReview(ctx.db, cast.writer, order.id)).rejects.toThrow(/Already done: this order is now “With our editor”/);
  });

  it("saves through the workspace actions, marking autosaves and AI drafts, for the order's writer only", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim"]);
    await signInAs(ctx.db, cast.writer);
    expect(await saveLetter(null, form({ orderId: order.id, body: "An AI draft.", baseNumber: "0", authorKind: "ai" }))).toEqual({ ok: true, data: { number: 1 } });
    expect(await saveLetter(null, form({ orderId: order.id, body: "My own words.", baseNumber: "1", autosave: "1" }))).toEqual({ ok: true, data: { number: 2 } });
    const stale = await saveLetter(null, form({ orderId: order.id, body: "Kept in the browser", baseNumber: "1" }));
    expect(stale).toMatchObject({ ok: false, error: expect.stringMatching(/saved version 2 while you were writing/) });
    // Unknown fields never reach the database.
    expect(await saveLetter(null, form({ orderId: order.id, body: "x", baseNumber: "2", authorKind: "editor" }))).toMatchObject({ ok: false });
    const versions = await listVersions(ctx.db, cast.writer, order.id);
    expect(versions.map((v) => [v.number, v.authorKind, v.note])).toEqual([
      [1, "ai", ""],
      [2, "writer", "Autosaved"],
    ]);

    for (const outsider of [cast.otherWriter, cast.client, cast.editor]) {
      await signInAs(ctx.db, outsider);
      for (const result of [
        await saveLetter(null, form({ orderId: order.id, body: "Taken over", baseNumber: "2" })),
        await restoreLetter(null, form({ orderId: order.id, number: "1", baseNumber: "2" })),
        await submitLetter(null, form({ orderId: order.id })),
      ]) {
        expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/not be found/) });
      }
    }
    expect(await listVersions(ctx.db, cast.writer, order.id)).toHaveLength(2);
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { getCollection } from "@/lib/books/get-collection";
import { listCollections } from "@/lib/books/list-collections";
import { runQueuedJobs } from "../helpers/jobs";
import { consents } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { describeWithDatabase } from "../helpers/test-database";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

const approve = ["pay", "claim", { save: "Dear Margaret Bennett," }, "submit_for_review", "send_to_client", "approve"] as const;
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const value of [v].flat()) data.append(k, value);
  return data;
};

let files: string;
beforeAll(() => {
  files = mkdtempSync(path.join(tmpdir(), "bhl-files-"));
  process.env.FILES_DIR = files;
});
afterAll(() => {
  delete process.env.FILES_DIR;
  rmSync(files, { recursive: true, force: true });
});

describeWithDatabase("admin collection screens' actions", (ctx) => {
  it("creates a collection from the form, compiles it, and refuses everyone but admins", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), approve);
    await ctx.db.insert(consents).values({ orderId: order.id, clientId: cast.client.id });
    const { createCollectionAction } = await import("@/app/(admin)/admin/collections/actions");
    const { cancelExportAction, compileBookAction, moveItemAction } = await import("@/app/(admin)/admin/collections/[id]/actions");
    const fields = { title: "Letters Worth Keeping", subtitle: "", orderIds: [order.id] };

    for (const actor of [cast.client, cast.writer, cast.editor]) {
      await signInAs(ctx.db, actor);
      expect(await createCollectionAction(null, form(fields))).toMatchObject({ ok: false, error: "That page could not be found." });
    }
    await signInAs(ctx.db, cast.admin);
    expect(await createCollectionAction(null, form({ title: "", subtitle: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { title: ["Give the collection a title."], orderIds: ["Choose at least one letter."] },
    });
    // Success redirects to the new collection's page.
    await expect(createCollectionAction(null, form(fields))).rejects.toThrow(/NEXT_REDIRECT/);
    const [collection] = await listCollections(ctx.db, cast.admin);
    expect(collection).toMatchObject({ title: "Letters Worth Keeping", letters: 1 });

    for (const actor of [cast.client, cast.writer, cast.editor]) {
      await signInAs(ctx.db, actor);
      expect(await compileBookAction(null, form({ collectionId: collection.id }))).toMatchObject({ ok: false, error: "That page could not be found." });
      expect(await moveItemAction(null, form({ collectionId: collection.id, orderId: order.id, direction: "up" }))).toMatchObject({ ok: false });
    }
    expect((await getCollection(ctx.db, cast.admin, collection.id)).exports).toEqual([]);

    await signInAs(ctx.db, cast.admin);
    expect(await compileBookAction(null, form({ collectionId: collection.id }))).toMatchObject({ ok: true, message: expect.stringMatching(/Compiling the book/) });
    expect((await getCollection(ctx.db, cast.admin, collection.id)).exports[0]).toMatchObject({ status: "queued" });
    await runQueuedJobs(ctx.db);
    const view = await getCollection(ctx.db, cast.admin, collection.id);
    // One short letter is too thin to bind: the export is refused with the printers' reason.
    expect(view.exports[0]).toMatchObject({ status: "failed", error: expect.stringMatching(/at least 24/) });
    expect(view.items[0].text).toBe("Dear Margaret B.,");

    // A queued compile can be cancelled (by an admin only), and the queue then leaves it alone.
    await compileBookAction(null, form({ collectionId: collection.id }));
    const queued = (await getCollection(ctx.db, cast.admin, collection.id)).exports[0];
    await signInAs(ctx.db, cast.editor);
    expect(await cancelExportAction(null, form({ collectionId: collection.id, exportId: queued.id }))).toMatchObject({ ok: false });
    await signInAs(ctx.db, cast.admin);
    expect(await cancelExportAction(null, form({ collectionId: collection.id, exportId: queued.id }))).toMatchObject({ ok: true });
    await runQueuedJobs(ctx.db);
    expect((await getCollection(ctx.db, cast.admin, collection.id)).exports[0]).toMatchObject({ id: queued.id, status: "cancelled", files: null });
  });

  it("edits front matter with errors beside their fields, and adds and removes letters", async () => {
    const cast = await makeCast(ctx.db);
    const first = await createOrderThrough(ctx.db, cast, cast.brief(), approve);
    const second = await createOrderThrough(ctx.db, cast, cast.brief({ occasion: "thanks" }), approve);
    for (const order of [first, second]) await ctx.db.insert(consents).values({ orderId: order.id, clientId: cast.client.id });
    const { createCollectionAction } = await import("@/app/(admin)/admin/collections/actions");
    const { addItemAction, createPartAction, removeItemAction, reorderAction, updateFrontMatterAction } = await import("@/app/(admin)/admin/collections/[id]/actions");
    await signInAs(ctx.db, cast.admin);
    await expect(createCollectionAction(null, form({ title: "Letters", subtitle: "", orderIds: [first.id] }))).rejects.toThrow(/NEXT_REDIRECT/);
    const [{ id: collectionId }] = await listCollections(ctx.db, cast.admin);
    const frontMatter = { collectionId, title: "Letters Worth Keeping", subtitle: "", credit: "Clara", language: "fr", trimSize: "5.5x8.5", dedication: "", foreword: "", blurb: "" };

    const refused = await updateFrontMatterAction(null, form({ ...frontMatter, title: " ", trimSize: "letter", blurb: "x".repeat(1300), role: "admin" }));
    expect(refused).toMatchObject({ ok: false, values: { title: " ", blurb: "x".repeat(1300) } });
    expect(refused?.ok === false && refused.fieldErrors).toMatchObject({
      title: ["Give the collection a title."],
      trimSize: ["Choose a trim size from the list."],
      blurb: [expect.stringMatching(/1,200 characters/)],
    });
    expect(await updateFrontMatterAction(null, form(frontMatter))).toMatchObject({ ok: true, message: expect.stringMatching(/Front matter saved/) });
    expect((await getCollection(ctx.db, cast.admin, collectionId)).collection).toMatchObject({ title: "Letters Worth Keeping", credit: "Clara", language: "fr", trimSize: "5.5x8.5" });

    expect(await addItemAction(null, form({ collectionId, orderId: second.id }))).toMatchObject({ ok: true });
    expect(await addItemAction(null, form({ collectionId, orderId: second.id }))).toMatchObject({ ok: false, error: "That letter is already in the book." });
    // A drag sends the new order as repeated fields.
    expect(await reorderAction(null, form({ collectionId, orderIds: [second.id, first.id] }))).toMatchObject({ ok: true, message: "New order saved." });
    expect((await getCollection(ctx.db, cast.admin, collectionId)).items.map((i) => i.orderId)).toEqual([second.id, first.id]);
    expect(await createPartAction(null, form({ collectionId, title: "  " }))).toMatchObject({ ok: false, fieldErrors: { title: ["Give the part a title."] } });
    expect(await createPartAction(null, form({ collectionId, title: "Birthdays" }))).toMatchObject({ ok: true });
    expect((await getCollection(ctx.db, cast.admin, collectionId)).parts.map((p) => p.title)).toEqual(["Birthdays"]);
    expect(await removeItemAction(null, form({ collectionId, orderId: first.id }))).toMatchObject({ ok: true });
    expect((await getCollection(ctx.db, cast.admin, collectionId)).items.map((i) => i.orderId)).toEqual([second.id]);

    await signInAs(ctx.db, cast.editor);
    for (const result of [
      await updateFrontMatterAction(null, form(frontMatter)),
      await addItemAction(null, form({ collectionId, orderId: first.id })),
      await removeItemAction(null, form({ collectionId, orderId: second.id })),
      await reorderAction(null, form({ collectionId, orderIds: [second.id] })),
      await createPartAction(null, form({ collectionId, title: "Mine" })),
    ]) {
      expect(result).toMatchObject({ ok: false, error: "That page could not be found." });
    }
  });
});

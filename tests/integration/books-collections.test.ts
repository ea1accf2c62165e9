import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { compileExport } from "@/lib/books/compile-export";
import { createCollection } from "@/lib/books/create-collection";
import { getCollection } from "@/lib/books/get-collection";
import { getExportFile } from "@/lib/books/get-export-file";
import { listPublishableLetters } from "@/lib/books/list-publishable-letters";
import { moveCollectionItem } from "@/lib/books/move-collection-item";
import { startExport } from "@/lib/books/start-export";
import { updateCollectionItem } from "@/lib/books/update-collection-item";
import { runDueJobs } from "@/lib/jobs/run-due-jobs";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { consents, exports } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { describeWithDatabase } from "../helpers/test-database";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));

const letter = "Dear Margaret,\n\nI still picture 14 Willow Lane in the snow, and Mrs Bennett's lemon cake.\n\nWith love, Clara";
const approve = ["pay", "claim", { save: letter }, "submit_for_review", "send_to_client", "approve"] as const;

let files: string;
beforeAll(() => {
  files = mkdtempSync(path.join(tmpdir(), "bhl-files-"));
  process.env.FILES_DIR = files;
});
afterAll(() => {
  delete process.env.FILES_DIR;
  rmSync(files, { recursive: true, force: true });
});

async function setUp(db: Db) {
  const cast = await makeCast(db);
  const consented = await createOrderThrough(db, cast, cast.brief(), approve);
  const second = await createOrderThrough(db, cast, cast.brief({ occasion: "thanks" }), approve);
  const withdrawn = await createOrderThrough(db, cast, cast.brief({ occasion: "love" }), approve);
  const notApproved = await createOrderThrough(db, cast, cast.brief(), approve.slice(0, 5));
  const noConsent = await createOrderThrough(db, cast, cast.brief(), approve);
  for (const order of [consented, second, withdrawn, notApproved]) {
    await db.insert(consents).values({ orderId: order.id, clientId: cast.client.id });
  }
  await db.update(consents).set({ revokedAt: new Date() }).where(eq(consents.orderId, withdrawn.id));
  return { cast, consented, second, withdrawn, notApproved, noConsent };
}

describeWithDatabase("book collections", (ctx) => {
  /** Queues the compile as the admin does, then lets the job queue run it. */
  async function compileNow(admin: Actor, collectionId: string) {
    const queued = await startExport(ctx.db, admin, collectionId);
    expect(queued.status).toBe("queued");
    await runDueJobs(ctx.db);
    const [done] = await ctx.db.select().from(exports).where(eq(exports.id, queued.id));
    return done;
  }

  it("offers only approved letters whose client consented and has not withdrawn", async () => {
    const { cast, consented, second, withdrawn, notApproved, noConsent } = await setUp(ctx.db);
    const ids = (await listPublishableLetters(ctx.db, cast.admin)).map((l) => l.orderId);
    expect(ids).toEqual(expect.arrayContaining([consented.id, second.id]));
    for (const excluded of [withdrawn, notApproved, noConsent]) expect(ids).not.toContain(excluded.id);
    const input = { title: "Letters", subtitle: "", orderIds: [consented.id, withdrawn.id] };
    await expect(createCollection(ctx.db, cast.admin, input)).rejects.toThrow(/can no longer be published/);
  });

  it("adds letters redacted, in order, with chapter titles; they can be reordered and edited", async () => {
    const { cast, consented, second } = await setUp(ctx.db);
    const collection = await createCollection(ctx.db, cast.admin, { title: "Letters", subtitle: "", orderIds: [consented.id, second.id] });
    let view = await getCollection(ctx.db, cast.admin, collection.id);
    expect(view.items.map((i) => i.title)).toEqual(["For Margaret, on a birthday", "For Margaret, with thanks"]);
    expect(view.items[0].text).toContain("I still picture … in the snow, and Mrs B.'s lemon cake.");
    await moveCollectionItem(ctx.db, cast.admin, collection.id, second.id, "up");
    await updateCollectionItem(ctx.db, cast.admin, { collectionId: collection.id, orderId: consented.id, title: "For M.", redactedText: "Dear M." });
    view = await getCollection(ctx.db, cast.admin, collection.id);
    expect(view.items.map((i) => [i.orderId, i.title, i.text])).toEqual([
      [second.id, "For Margaret, with thanks", expect.stringContaining("Dear Margaret")],
      [consented.id, "For M.", "Dear M."],
    ]);
  });

  it("compiles a book: title, contents and a chapter per letter, and the export reaches done at 100%", async () => {
    const { cast, consented, second } = await setUp(ctx.db);
    const collection = await createCollection(ctx.db, cast.admin, { title: "Letters Worth Keeping", subtitle: "A year", orderIds: [consented.id, second.id] });
    const job = await compileNow(cast.admin, collection.id);
    expect(job).toMatchObject({ status: "done", progress: 100, filePath: `exports/${job.id}.pdf` });
    expect(job.pageCount).toBeGreaterThanOrEqual(1 + 1 + 2);
    const pdf = readFileSync(path.join(files, job.filePath!));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length).toBe(job.pageCount);
    const download = await getExportFile(ctx.db, cast.admin, collection.id, job.id);
    expect(download.fileName).toBe("letters-worth-keeping.pdf");
    expect(download.size).toBe(pdf.length);

    // Running the job again (a queue retry) changes nothing.
    await compileExport(ctx.db, job.id);
    const [again] = await ctx.db.select().from(exports).where(eq(exports.id, job.id));
    expect(again).toMatchObject({ status: "done", progress: 100, pageCount: job.pageCount });
  });

  it("leaves out a letter whose consent was withdrawn after it was added", async () => {
    const { cast, consented, second } = await setUp(ctx.db);
    const collection = await createCollection(ctx.db, cast.admin, { title: "Letters", subtitle: "", orderIds: [consented.id, second.id] });
    const both = await compileNow(cast.admin, collection.id);
    await ctx.db.update(consents).set({ revokedAt: new Date() }).where(eq(consents.orderId, second.id));
    const one = await compileNow(cast.admin, collection.id);
    expect(one.pageCount).toBeLessThan(both.pageCount!);
    expect((await getCollection(ctx.db, cast.admin, collection.id)).items.find((i) => i.orderId === second.id)?.publishable).toBe(false);
  });

  it("lets no client, writer or editor see, change, compile or download a collection", async () => {
    const { cast, consented } = await setUp(ctx.db);
    const collection = await createCollection(ctx.db, cast.admin, { title: "Letters", subtitle: "", orderIds: [consented.id] });
    const job = await compileNow(cast.admin, collection.id);
    for (const actor of [cast.client, cast.writer, cast.editor]) {
      await expect(listPublishableLetters(ctx.db, actor)).rejects.toThrow(/not be found/);
      await expect(createCollection(ctx.db, actor, { title: "Mine", subtitle: "", orderIds: [consented.id] })).rejects.toThrow(/not be found/);
      await expect(getCollection(ctx.db, actor, collection.id)).rejects.toThrow(/not be found/);
      await expect(moveCollectionItem(ctx.db, actor, collection.id, consented.id, "down")).rejects.toThrow(/not be found/);
      await expect(startExport(ctx.db, actor, collection.id)).rejects.toThrow(/not be found/);
      await expect(getExportFile(ctx.db, actor, collection.id, job.id)).rejects.toThrow(/not be found/);
    }
    // An export id from another collection is not found either.
    const other = await createCollection(ctx.db, cast.admin, { title: "Other", subtitle: "", orderIds: [consented.id] });
    await expect(getExportFile(ctx.db, cast.admin, other.id, job.id)).rejects.toThrow(/not be found/);
  });

  it("streams the book from the download route to the admin only", async () => {
    const { cast, consented } = await setUp(ctx.db);
    const collection = await createCollection(ctx.db, cast.admin, { title: "Letters", subtitle: "", orderIds: [consented.id] });
    const job = await compileNow(cast.admin, collection.id);
    const { GET } = await import("@/app/api/collections/[id]/exports/[exportId]/route");
    const get = () =>
      GET(new Request("http://test/"), { params: Promise.resolve({ id: collection.id, exportId: job.id }) });
    for (const actor of [cast.client, cast.writer, cast.editor]) {
      await signInAs(ctx.db, actor);
      expect((await get()).status).toBe(404);
    }
    await signInAs(ctx.db, cast.admin);
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="letters.pdf"');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
  });
});

import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { addCollectionItem } from "@/lib/books/add-collection-item";
import { compileExport } from "@/lib/books/compile-export";
import { createCollection } from "@/lib/books/create-collection";
import { getCollection } from "@/lib/books/get-collection";
import { getExportFile } from "@/lib/books/get-export-file";
import { listPublishableLetters } from "@/lib/books/list-publishable-letters";
import { loadBookInput } from "@/lib/books/load-book-input";
import { assignPart, createPart, deletePart, renamePart } from "@/lib/books/collection-parts";
import { moveCollectionItem } from "@/lib/books/move-collection-item";
import { removeCollectionItem } from "@/lib/books/remove-collection-item";
import { reorderLetters } from "@/lib/books/reorder-letters";
import { startExport } from "@/lib/books/start-export";
import { updateCollectionItem } from "@/lib/books/update-collection-item";
import { updateFrontMatter } from "@/lib/books/update-front-matter";
import { setPublicationConsent } from "@/lib/orders/set-publication-consent";
import { runQueuedJobs } from "../helpers/jobs";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { collections, consents, exports } from "@/lib/db/schema";
import { demoLetterText } from "@/lib/db/demo-letter-text";
import { createOrderThrough } from "@/lib/db/seed";
import { describeWithDatabase } from "../helpers/test-database";
import { makeCast } from "../helpers/people";
import { pdfBoxes, pdfFonts } from "../helpers/poppler";
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
  /** A long foreword, so that a collection of one or two short letters reaches the printers' 24 pages. */
  const thicken = (collectionId: string) =>
    ctx.db.update(collections).set({ foreword: demoLetterText("foreword", "reader", "Ada", 9000) }).where(eq(collections.id, collectionId));

  /** Queues the compile as the admin does, then lets the job queue run it. */
  async function compileNow(admin: Actor, collectionId: string) {
    const queued = await startExport(ctx.db, admin, collectionId);
    expect(queued.status).toBe("queued");
    await runQueuedJobs(ctx.db);
    const [done] = await ctx.db.select().from(exports).where(eq(exports.id, queued.id));
    return done;
  }

  it("offers only approved letters whose client consented and has not withdrawn", async () => {
    const { cast, consented, second, withdrawn, notApproved, noConsent } = await setUp(ctx.db);
    const ids = (await listPublishableLetters(ctx.db, cast.admin)).rows.map((l) => l.orderId);
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

  it("compiles an interior and a cover with a clean preflight, and refuses a book under 24 pages", async () => {
    const { cast, consented, second } = await setUp(ctx.db);
    const collection = await createCollection(ctx.db, cast.admin, { title: "Letters Worth Keeping", subtitle: "A year", orderIds: [consented.id, second.id] });
    // Two short letters make a book too thin to bind: the export fails with the printer's reason.
    const thin = await compileNow(cast.admin, collection.id);
    expect(thin).toMatchObject({ status: "failed", files: null });
    expect(thin.error).toMatch(/printers need at least 24/);
    expect(thin.preflight?.pages).toBeLessThan(24);

    await thicken(collection.id);
    const job = await compileNow(cast.admin, collection.id);
    expect(job).toMatchObject({ status: "done", progress: 100, error: null });
    expect(job.pageCount).toBeGreaterThanOrEqual(24);
    expect(job.preflight).toMatchObject({ trimSize: "6x9", pages: job.pageCount, uncovered: [], problems: [] });
    for (const kind of ["interior", "cover"] as const) {
      const pdf = readFileSync(path.join(files, job.files![kind]!.key));
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      expect(job.files![kind]!.bytes).toBe(pdf.length);
      for (const font of pdfFonts(pdf)) expect(font).toMatchObject({ embedded: true, subset: true });
    }
    // The EPUB of the same book is stored beside the PDFs (tests/unit/books-epub.test.ts opens one).
    const epub = readFileSync(path.join(files, job.files!.epub!.key));
    expect(epub.subarray(30, 38).toString()).toBe("mimetype");
    expect(job.files!.epub!.bytes).toBe(epub.length);
    const interior = readFileSync(path.join(files, job.files!.interior!.key));
    expect(pdfBoxes(interior).pages).toBe(job.pageCount);
    const download = await getExportFile(ctx.db, cast.admin, collection.id, job.id, "interior");
    expect(download.fileName).toBe("letters-worth-keeping-interior.pdf");
    expect(download.size).toBe(interior.length);

    // Running the job again (a queue retry) changes nothing.
    await compileExport(ctx.db, job.id);
    const [again] = await ctx.db.select().from(exports).where(eq(exports.id, job.id));
    expect(again).toMatchObject({ status: "done", progress: 100, pageCount: job.pageCount, files: job.files });

    // A newer export replaces it only once complete: then the older files are removed.
    const newer = await compileNow(cast.admin, collection.id);
    expect(newer.status).toBe("done");
    const [retired] = await ctx.db.select().from(exports).where(eq(exports.id, job.id));
    expect(retired.files).toBeNull();
    expect(existsSync(path.join(files, job.files!.interior!.key))).toBe(false);
    await expect(getExportFile(ctx.db, cast.admin, collection.id, job.id, "interior")).rejects.toThrow(/not be found/);
  });

  it("adds and removes letters after creation: only publishable ones, each once, offered until added", async () => {
    const { cast, consented, second, withdrawn, notApproved, noConsent } = await setUp(ctx.db);
    const collection = await createCollection(ctx.db, cast.admin, { title: "Letters", subtitle: "", orderIds: [consented.id] });
    const offered = async () => (await listPublishableLetters(ctx.db, cast.admin, undefined, collection.id)).rows.map((l) => l.orderId);
    expect(await offered()).toContain(second.id);
    expect(await offered()).not.toContain(consented.id);

    await addCollectionItem(ctx.db, cast.admin, collection.id, second.id);
    let view = await getCollection(ctx.db, cast.admin, collection.id);
    // Added at the end, redacted like the letters chosen at creation.
    expect(view.items.map((i) => [i.orderId, i.title])).toEqual([
      [consented.id, "For Margaret, on a birthday"],
      [second.id, "For Margaret, with thanks"],
    ]);
    expect(view.items[1].text).toContain("Mrs B.'s lemon cake");
    expect(await offered()).not.toContain(second.id);
    await expect(addCollectionItem(ctx.db, cast.admin, collection.id, second.id)).rejects.toThrow(/already in the book/);
    for (const refused of [withdrawn, notApproved, noConsent]) {
      await expect(addCollectionItem(ctx.db, cast.admin, collection.id, refused.id)).rejects.toThrow(/can no longer be published/);
    }

    await removeCollectionItem(ctx.db, cast.admin, collection.id, consented.id);
    view = await getCollection(ctx.db, cast.admin, collection.id);
    expect(view.items.map((i) => i.orderId)).toEqual([second.id]);
    expect(await offered()).toContain(consented.id);
    await expect(removeCollectionItem(ctx.db, cast.admin, collection.id, consented.id)).rejects.toThrow(/not be found/);
  });

  it("groups letters into parts the book prints in order, and reorders them by drag or by one place", async () => {
    const { cast, consented, second } = await setUp(ctx.db);
    const third = await createOrderThrough(ctx.db, cast, cast.brief({ occasion: "anniversary" }), approve);
    await ctx.db.insert(consents).values({ orderId: third.id, clientId: cast.client.id });
    const collection = await createCollection(ctx.db, cast.admin, { title: "Letters", subtitle: "", orderIds: [consented.id, second.id, third.id] });
    const collectionId = collection.id;
    const order = async () => (await getCollection(ctx.db, cast.admin, collectionId)).groups.map((g) => [g.part?.title ?? null, g.items.map((i) => i.orderId)]);

    // A drag within the list saves the whole new order.
    await reorderLetters(ctx.db, cast.admin, collectionId, [third.id, consented.id, second.id]);
    expect(await order()).toEqual([[null, [third.id, consented.id, second.id]]]);

    const thanks = await createPart(ctx.db, cast.admin, { collectionId, title: "Thanks" });
    const love = await createPart(ctx.db, cast.admin, { collectionId, title: "Love" });
    await assignPart(ctx.db, cast.admin, { collectionId, orderId: second.id, partId: thanks });
    await assignPart(ctx.db, cast.admin, { collectionId, orderId: consented.id, partId: thanks });
    expect(await order()).toEqual([
      [null, [third.id]],
      ["Thanks", [consented.id, second.id]],
      ["Love", []],
    ]);
    // The book prints the same grouping, skipping the empty part.
    const { book } = await loadBookInput(ctx.db, collectionId);
    expect(book.parts.map((p) => [p.title, p.letters.map((l) => l.title)])).toEqual([
      [null, ["For Margaret, on an anniversary"]],
      ["Thanks", ["For Margaret, on a birthday", "For Margaret, with thanks"]],
    ]);

    // Move up and down stay within the letter's part: the first of a part goes no higher.
    await moveCollectionItem(ctx.db, cast.admin, collectionId, consented.id, "up");
    await moveCollectionItem(ctx.db, cast.admin, collectionId, second.id, "up");
    expect(await order()).toEqual([
      [null, [third.id]],
      ["Thanks", [second.id, consented.id]],
      ["Love", []],
    ]);
    // Dragging within a part reorders only its letters, in the places they hold.
    await reorderLetters(ctx.db, cast.admin, collectionId, [consented.id, second.id]);
    expect((await order())[1]).toEqual(["Thanks", [consented.id, second.id]]);
    await expect(reorderLetters(ctx.db, cast.admin, collectionId, [consented.id, crypto.randomUUID()])).rejects.toThrow(/changed while you were arranging/);
    await expect(reorderLetters(ctx.db, cast.admin, collectionId, [consented.id, consented.id])).rejects.toThrow(/changed while you were arranging/);

    await renamePart(ctx.db, cast.admin, { collectionId, partId: love, title: "With love" });
    await deletePart(ctx.db, cast.admin, { collectionId, partId: thanks });
    // The deleted part's letters stay in the book, in no part.
    expect(await order()).toEqual([
      [null, [third.id, consented.id, second.id]],
      ["With love", []],
    ]);

    // A part of another book cannot be used or changed through this one.
    const other = await createCollection(ctx.db, cast.admin, { title: "Other", subtitle: "", orderIds: [consented.id] });
    await expect(assignPart(ctx.db, cast.admin, { collectionId: other.id, orderId: consented.id, partId: love })).rejects.toThrow(/not be found/);
    await expect(deletePart(ctx.db, cast.admin, { collectionId: other.id, partId: love })).rejects.toThrow(/not be found/);
    for (const actor of [cast.client, cast.writer, cast.editor]) {
      await expect(createPart(ctx.db, actor, { collectionId, title: "Mine" })).rejects.toThrow(/not be found/);
      await expect(renamePart(ctx.db, actor, { collectionId, partId: love, title: "Mine" })).rejects.toThrow(/not be found/);
      await expect(assignPart(ctx.db, actor, { collectionId, orderId: consented.id, partId: null })).rejects.toThrow(/not be found/);
      await expect(reorderLetters(ctx.db, actor, collectionId, [second.id, consented.id])).rejects.toThrow(/not be found/);
    }
  });

  it("shows the approved letter beside the book's redacted text for review", async () => {
    const { cast, consented } = await setUp(ctx.db);
    const collection = await createCollection(ctx.db, cast.admin, { title: "Letters", subtitle: "", orderIds: [consented.id] });
    const [item] = (await getCollection(ctx.db, cast.admin, collection.id)).items;
    expect(item.original).toBe(letter);
    expect(item.text).toContain("I still picture … in the snow");
  });

  it("saves front matter and print settings, which the typesetting then reads", async () => {
    const { cast, consented } = await setUp(ctx.db);
    const collection = await createCollection(ctx.db, cast.admin, { title: "Letters", subtitle: "", orderIds: [consented.id] });
    const frontMatter = {
      collectionId: collection.id,
      title: "Letters Worth Keeping",
      subtitle: "A year in ink",
      credit: "Clara and friends",
      language: "en-GB" as const,
      trimSize: "a5" as const,
      dedication: "For everyone who writes back.",
      foreword: "These letters were written by hand.",
      blurb: "Forty letters, one year.",
      facsimiles: true,
    };
    await updateFrontMatter(ctx.db, cast.admin, frontMatter);
    const { book } = await loadBookInput(ctx.db, collection.id);
    const { collectionId, facsimiles, ...expected } = frontMatter;
    expect([collectionId, facsimiles]).toEqual([collection.id, true]);
    expect(book).toMatchObject(expected);
    // Facsimiles draw the book's (redacted) text in the order's own hand, seeded by the order.
    const [letter] = book.parts[0].letters;
    expect(letter.handwriting).toMatchObject({ body: letter.text, seed: consented.id });
    expect(letter.handwriting?.body).not.toContain("Bennett");
    await expect(updateFrontMatter(ctx.db, cast.editor, frontMatter)).rejects.toThrow(/not be found/);
    await expect(updateFrontMatter(ctx.db, cast.admin, { ...frontMatter, collectionId: crypto.randomUUID() })).rejects.toThrow(/not be found/);
  });

  it("takes a letter out of every unpublished book when its client withdraws consent", async () => {
    const { cast, consented, second } = await setUp(ctx.db);
    const draft = await createCollection(ctx.db, cast.admin, { title: "Draft", subtitle: "", orderIds: [consented.id, second.id] });
    const another = await createCollection(ctx.db, cast.admin, { title: "Another", subtitle: "", orderIds: [second.id] });
    const printed = await createCollection(ctx.db, cast.admin, { title: "Printed", subtitle: "", orderIds: [second.id] });
    await ctx.db.update(collections).set({ publishedAt: new Date() }).where(eq(collections.id, printed.id));

    await setPublicationConsent(ctx.db, cast.client, second.id, false);
    expect((await getCollection(ctx.db, cast.admin, draft.id)).items.map((i) => i.orderId)).toEqual([consented.id]);
    expect((await getCollection(ctx.db, cast.admin, another.id)).items).toEqual([]);
    // A book already sent to print cannot be recalled; it keeps the letter.
    expect((await getCollection(ctx.db, cast.admin, printed.id)).items.map((i) => i.orderId)).toEqual([second.id]);
    expect((await listPublishableLetters(ctx.db, cast.admin, undefined, draft.id)).rows.map((l) => l.orderId)).not.toContain(second.id);
  });

  it("leaves out a letter whose consent was withdrawn after it was added", async () => {
    const { cast, consented, second } = await setUp(ctx.db);
    const collection = await createCollection(ctx.db, cast.admin, { title: "Letters", subtitle: "", orderIds: [consented.id, second.id] });
    expect((await loadBookInput(ctx.db, collection.id)).orderIds).toEqual([consented.id, second.id]);
    await ctx.db.update(consents).set({ revokedAt: new Date() }).where(eq(consents.orderId, second.id));
    expect((await loadBookInput(ctx.db, collection.id)).orderIds).toEqual([consented.id]);
    expect((await getCollection(ctx.db, cast.admin, collection.id)).items.find((i) => i.orderId === second.id)?.publishable).toBe(false);
  });

  it("lets no client, writer or editor see, change, compile or download a collection", async () => {
    const { cast, consented } = await setUp(ctx.db);
    const collection = await createCollection(ctx.db, cast.admin, { title: "Letters", subtitle: "", orderIds: [consented.id] });
    await thicken(collection.id);
    const job = await compileNow(cast.admin, collection.id);
    expect(job.status).toBe("done");
    for (const actor of [cast.client, cast.writer, cast.editor]) {
      await expect(listPublishableLetters(ctx.db, actor)).rejects.toThrow(/not be found/);
      await expect(createCollection(ctx.db, actor, { title: "Mine", subtitle: "", orderIds: [consented.id] })).rejects.toThrow(/not be found/);
      await expect(getCollection(ctx.db, actor, collection.id)).rejects.toThrow(/not be found/);
      await expect(moveCollectionItem(ctx.db, actor, collection.id, consented.id, "down")).rejects.toThrow(/not be found/);
      await expect(addCollectionItem(ctx.db, actor, collection.id, consented.id)).rejects.toThrow(/not be found/);
      await expect(removeCollectionItem(ctx.db, actor, collection.id, consented.id)).rejects.toThrow(/not be found/);
      await expect(startExport(ctx.db, actor, collection.id)).rejects.toThrow(/not be found/);
      await expect(getExportFile(ctx.db, actor, collection.id, job.id, "interior")).rejects.toThrow(/not be found/);
    }
    // An export id from another collection is not found either.
    const other = await createCollection(ctx.db, cast.admin, { title: "Other", subtitle: "", orderIds: [consented.id] });
    await expect(getExportFile(ctx.db, cast.admin, other.id, job.id, "interior")).rejects.toThrow(/not be found/);
    await expect(getExportFile(ctx.db, cast.admin, collection.id, job.id, "../../secrets")).rejects.toThrow(/not be found/);
  });

  it("streams the interior and cover from the download route to the admin only", async () => {
    const { cast, consented } = await setUp(ctx.db);
    const collection = await createCollection(ctx.db, cast.admin, { title: "Letters", subtitle: "", orderIds: [consented.id] });
    await thicken(collection.id);
    const job = await compileNow(cast.admin, collection.id);
    const { GET } = await import("@/app/api/collections/[id]/exports/[exportId]/[kind]/route");
    const get = (kind: string) => GET(new Request("http://test/"), { params: Promise.resolve({ id: collection.id, exportId: job.id, kind }) });
    for (const actor of [cast.client, cast.writer, cast.editor]) {
      await signInAs(ctx.db, actor);
      expect((await get("interior")).status).toBe(404);
    }
    await signInAs(ctx.db, cast.admin);
    for (const kind of ["interior", "cover"]) {
      const response = await get(kind);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="letters-${kind}.pdf"`);
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    }
    const epub = await get("epub");
    expect(epub.headers.get("content-type")).toBe("application/epub+zip");
    expect(epub.headers.get("content-disposition")).toBe('attachment; filename="letters.epub"');
    expect((await get("manuscript")).status).toBe(404);
  });
});

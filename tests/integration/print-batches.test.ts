import { eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { setReturnAddress } from "@/lib/accounts/set-return-address";
import { orders, printBatches } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { createPrintBatch } from "@/lib/print-batches/create-print-batch";
import { listPrintBatches } from "@/lib/print-batches/list-print-batches";
import { markBatchPrinted } from "@/lib/print-batches/mark-batch-printed";
import { markMailed } from "@/lib/print-batches/mark-mailed";
import { buildPrintBatchPdf } from "@/lib/print-batches/build-print-batch-pdf";
import { getPrintBatchFile } from "@/lib/print-batches/get-print-batch-file";
import { requestBatchPdf } from "@/lib/print-batches/request-batch-pdf";
import { jobQueue } from "@/lib/jobs/job-queue";
import { printQueue } from "@/lib/print-batches/print-queue";
import { getOrderTimeline } from "@/lib/timeline/get-order-timeline";
import { pdfBoxes, pdfPages } from "../helpers/poppler";
import { makeCast } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));

const approvedWith = (body: string) => ["pay", "claim", { save: body }, "submit_for_review", "send_to_client", "approve"] as const;

describeWithDatabase("print batches", (ctx) => {
  /** Builds of this batch's PDF waiting in the job queue. */
  const queuedBuilds = async (batchId: string) =>
    (await jobQueue(ctx.db).getDb().executeSql("select count(*)::int as n from pgboss.job where name = 'print-batch.render' and data->>'batchId' = $1 and state = 'created'", [batchId])).rows[0].n as number;

  it("batches approved mail orders by paper, prints letters and envelopes in one PDF, and mails each with tracking", async () => {
    const cast = await makeCast(ctx.db);
    await setReturnAddress(ctx.db, cast.client, { addressLine1: "3 Rue des Fleurs", addressLine2: "", city: "Lyon", region: "", postalCode: "69001", country: "FR" });
    const letter = "Dear Margaret,\n\nZoë and Łukasz send their love from 東京.\n\nWith love,\nClara";
    const first = await createOrderThrough(ctx.db, cast, cast.brief({ delivery: "mail", paper: "a5" }), approvedWith(letter));
    const second = await createOrderThrough(ctx.db, cast, cast.brief({ delivery: "mail", paper: "a5", dateLine: true }), approvedWith(letter));
    const blocked = await createOrderThrough(ctx.db, cast, cast.brief({ delivery: "mail", paper: "a5" }), approvedWith("Dear Margaret, 𓀀"));
    const letterPaper = await createOrderThrough(ctx.db, cast, cast.brief({ delivery: "mail" }), approvedWith(letter));
    await createOrderThrough(ctx.db, cast, cast.brief({ delivery: "pdf", paper: "a5" }), approvedWith(letter));

    const queue = await printQueue(ctx.db, cast.admin);
    expect(queue.a5?.map((l) => [l.order.id, l.blocked])).toEqual([
      [first.id, null],
      [second.id, null],
      [blocked.id, "No handwriting can write “𓀀”"],
    ]);
    expect(queue.letter?.map((l) => l.order.id)).toEqual([letterPaper.id]);
    await expect(printQueue(ctx.db, cast.editor)).rejects.toThrow(/not be found/);

    const batch = await createPrintBatch(ctx.db, cast.admin, { paper: "a5" });
    expect(batch.letters).toBe(2);
    await expect(createPrintBatch(ctx.db, cast.admin, { paper: "a5" })).rejects.toThrow(/No letters on that paper are ready/);
    expect((await printQueue(ctx.db, cast.admin)).a5?.map((l) => l.order.id)).toEqual([blocked.id]);

    // The PDF is built by a background job, queued with the batch; until it is stored there is nothing to download.
    expect(await queuedBuilds(batch.id)).toBe(1);
    expect((await listPrintBatches(ctx.db, cast.admin))[0]).toMatchObject({ id: batch.id, pdfStatus: "queued", pdfFile: null });
    await expect(getPrintBatchFile(ctx.db, cast.admin, batch.id)).rejects.toThrow(/not ready yet/);
    await expect(markBatchPrinted(ctx.db, cast.admin, { batchId: batch.id })).rejects.toThrow(/not ready yet/);
    await buildPrintBatchPdf(ctx.db, batch.id);
    const [built] = await ctx.db.select().from(printBatches).where(eq(printBatches.id, batch.id));
    expect(built).toMatchObject({ pdfStatus: "done", pdfProgress: 100, pdfError: null });
    const file = await getPrintBatchFile(ctx.db, cast.admin, batch.id);
    expect(file.fileName).toBe(`print-batch-${batch.number}.pdf`);
    const pdf = Buffer.from(await new Response(file.stream).arrayBuffer());
    expect(pdf.byteLength).toBe(built.pdfFile!.bytes);
    // A retried job finds the PDF stored and leaves it alone.
    await buildPrintBatchPdf(ctx.db, batch.id);
    expect((await ctx.db.select().from(printBatches).where(eq(printBatches.id, batch.id)))[0].pdfFile).toEqual(built.pdfFile);
    const { pages, boxes } = pdfBoxes(pdf);
    // The batch sheet, one A5 sheet per letter, then the two C5 envelopes in the same order.
    expect(pages).toBe(5);
    expect(boxes.slice(1, 3).map((b) => b.media)).toEqual([[0, 0, 419.53, 595.28], [0, 0, 419.53, 595.28]]);
    expect(boxes.slice(3).map((b) => b.media)).toEqual([[0, 0, 649.13, 459.21], [0, 0, 649.13, 459.21]]);
    const text = pdfPages(pdf).map((p) => p.replace(/\s+/g, ""));
    expect(text[0]).toContain(`Printbatch${batch.number}`);
    expect(text[1]).toContain("東京");
    // The envelope: the address in the US format, and the return address with its country.
    expect(text[3]).toContain("MargaretBennett14WillowLanePortland");
    expect(text[3]).toContain("3RuedesFleurs69001LyonFrance");
    await expect(getPrintBatchFile(ctx.db, cast.editor, batch.id)).rejects.toThrow(/not be found/);
    await expect(requestBatchPdf(ctx.db, cast.editor, { batchId: batch.id })).rejects.toThrow(/not be found/);

    expect(await markBatchPrinted(ctx.db, cast.admin, { batchId: batch.id })).toEqual({ printed: 2 });
    await markMailed(ctx.db, cast.admin, { orderId: first.id, tracking: "RR123456785GB" });
    const [mailed] = await ctx.db.select().from(orders).where(eq(orders.id, first.id));
    expect(mailed).toMatchObject({ status: "mailed", trackingReference: "RR123456785GB" });
    const timeline = await getOrderTimeline(ctx.db, cast.client, first.id);
    expect(timeline.map((t) => t.label)).toEqual(expect.arrayContaining(["Added to a print run", "Printed", "Mailed · tracking reference RR123456785GB"]));
    const [listed] = await listPrintBatches(ctx.db, cast.admin);
    expect(listed.printedAt).not.toBeNull();
    expect(listed.letters.map((l) => [l.status, l.tracking])).toEqual([["mailed", "RR123456785GB"], ["printed", null]]);
  });

  it("asks again for a batch PDF that failed or was never made, once however often the admin presses", async () => {
    const cast = await makeCast(ctx.db);
    await createOrderThrough(ctx.db, cast, cast.brief({ delivery: "mail", paper: "note-card" }), approvedWith("Dear Margaret,\n\nHello.\n\nClara"));
    const batch = await createPrintBatch(ctx.db, cast.admin, { paper: "note-card" });
    await ctx.db.update(printBatches).set({ pdfStatus: "failed", pdfError: "The batch PDF could not be made. Please try again." }).where(eq(printBatches.id, batch.id));
    await requestBatchPdf(ctx.db, cast.admin, { batchId: batch.id });
    await requestBatchPdf(ctx.db, cast.admin, { batchId: batch.id });
    const [row] = await ctx.db.select().from(printBatches).where(eq(printBatches.id, batch.id));
    expect(row).toMatchObject({ pdfStatus: "queued", pdfError: null });
    // The queue keeps one build per batch however often it is asked for.
    expect(await queuedBuilds(batch.id)).toBe(1);
    await expect(requestBatchPdf(ctx.db, cast.admin, { batchId: "00000000-0000-4000-8000-000000000000" })).rejects.toThrow(/not be found/);
  });
});

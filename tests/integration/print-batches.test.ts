import { eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { setReturnAddress } from "@/lib/accounts/set-return-address";
import { orders } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { createPrintBatch } from "@/lib/print-batches/create-print-batch";
import { listPrintBatches } from "@/lib/print-batches/list-print-batches";
import { markBatchPrinted } from "@/lib/print-batches/mark-batch-printed";
import { markMailed } from "@/lib/print-batches/mark-mailed";
import { printBatchPdf } from "@/lib/print-batches/print-batch-pdf";
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

    const { pdf, fileName } = await printBatchPdf(ctx.db, cast.admin, batch.id);
    expect(fileName).toBe(`print-batch-${batch.number}.pdf`);
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
    await expect(printBatchPdf(ctx.db, cast.editor, batch.id)).rejects.toThrow(/not be found/);

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
});

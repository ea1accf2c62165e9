import { expect, it, vi } from "vitest";
import { createOrderThrough } from "@/lib/db/seed";
import { getLetterForDownload } from "@/lib/handwriting/get-letter-for-download";
import { renderLetterPdf } from "@/lib/handwriting/render-letter-pdf";
import { renderLetterSvg } from "@/lib/handwriting/render-letter-svg";
import { letterSvg, renderKey } from "@/lib/handwriting/rendered-letters";
import { fileStore } from "@/lib/files/file-store";
import { signLetterLink, verifyLetterLink } from "@/lib/handwriting/signed-letter-link";
import { notifyOrderEvent } from "@/lib/notifications/notify-order-event";
import { describeWithDatabase } from "../helpers/test-database";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));

const toReview = ["pay", "claim", { save: "Dear Margaret,\n\nHappy birthday." }, "submit_for_review"] as const;

describeWithDatabase("letter PDF download", (ctx) => {
  it("lets the client download only once they have approved the letter", async () => {
    const cast = await makeCast(ctx.db);
    const inReview = await createOrderThrough(ctx.db, cast, cast.brief(), toReview);
    await expect(getLetterForDownload(ctx.db, cast.client, inReview.id)).rejects.toThrow(/not be found/);

    const approved = await createOrderThrough(ctx.db, cast, cast.brief({ englishVariety: "en-GB" }), [...toReview, "send_to_client", "approve"]);
    const { letter, fileName } = await getLetterForDownload(ctx.db, cast.client, approved.id);
    expect(fileName).toBe("letter-margaret-bennett.pdf");
    expect(letter).toMatchObject({ body: "Dear Margaret,\n\nHappy birthday.", style: "caveat", variety: "en-GB", seed: approved.id });
    const pdf = await renderLetterPdf(letter);
    expect(pdf.pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("lets staff and the order's writer download a draft, and nobody else", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), toReview);
    for (const actor of [cast.editor, cast.admin, cast.writer]) {
      await expect(getLetterForDownload(ctx.db, actor, order.id)).resolves.toMatchObject({ fileName: "letter-margaret-bennett.pdf" });
    }
    for (const actor of [cast.otherClient, cast.otherWriter, cast.client]) {
      await expect(getLetterForDownload(ctx.db, actor, order.id)).rejects.toThrow(/not be found/);
    }
    await expect(getLetterForDownload(ctx.db, cast.admin, "not-a-uuid")).rejects.toThrow(/not be found/);
  });

  it("has nothing to download before the first draft is saved", async () => {
    const cast = await makeCast(ctx.db);
    const paid = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    await expect(getLetterForDownload(ctx.db, cast.admin, paid.id)).rejects.toThrow(/not be found/);
    // A writer sees a paid order in the open pool, but it is not theirs to download.
    await expect(getLetterForDownload(ctx.db, cast.writer, paid.id)).rejects.toThrow(/not be found/);
  });

  it("shows screens the engine's own pages, drawn off the request thread once per version and look", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), toReview);
    const { letter } = await getLetterForDownload(ctx.db, cast.editor, order.id);
    const [first, again] = await Promise.all([letterSvg(letter), letterSvg(letter)]);
    expect(first).toEqual(renderLetterSvg(letter));
    expect(again).toEqual(first);
    // Kept in the file store, which every app instance shares; another ink is another drawing.
    expect(await fileStore().exists(`letters/${renderKey(letter)}.svg.json`)).toBe(true);
    const sepia = await letterSvg({ ...letter, ink: "sepia" });
    expect(sepia.pages[0]).not.toEqual(first.pages[0]);
    expect(renderKey({ ...letter, ink: "sepia" })).not.toBe(renderKey(letter));
  });

  it("serves the PDF from the route as an attachment, and 404 to everyone else", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), [...toReview, "send_to_client", "approve"]);
    const { GET } = await import("@/app/api/orders/[id]/letter.pdf/route");
    const get = (id: string) => GET(new Request(`http://test/api/orders/${id}/letter.pdf`), { params: Promise.resolve({ id }) });
    await signInAs(ctx.db, cast.client);
    const response = await get(order.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="letter-margaret-bennett.pdf"');
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(response.headers.get("x-missing-characters")).toBe("0");
    // Drawn once per version and look, then served from the stored file.
    expect(Buffer.from(await (await get(order.id)).arrayBuffer())).toEqual(pdf);
    for (const actor of [cast.otherClient, cast.otherWriter]) {
      await signInAs(ctx.db, actor);
      expect((await get(order.id)).status).toBe(404);
    }
    await signInAs(ctx.db, null);
    expect((await get(order.id)).status).toBe(401);
  });

  it("delivers a PDF order by an emailed link that works without signing in, for that order only, until it expires", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), [...toReview, "send_to_client", "approve", "mark_delivered"]);
    const other = await createOrderThrough(ctx.db, cast, cast.brief(), [...toReview, "send_to_client", "approve"]);
    const mail = await notifyOrderEvent(ctx.db, order.id, "mark_delivered");
    const link = new URL(/https?:\/\/\S+\/api\/letters\/\S+\?token=\S+/.exec(mail!.text)![0]);
    const { GET } = await import("@/app/api/letters/[id]/route");
    const get = (id: string, token: string) => GET(new Request(`http://test/api/letters/${id}?token=${token}`), { params: Promise.resolve({ id }) });
    await signInAs(ctx.db, null);
    const token = link.searchParams.get("token")!;
    const response = await get(order.id, token);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await get(other.id, token)).status).toBe(404);
    expect((await get(order.id, `${token}x`)).status).toBe(404);
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(verifyLetterLink(order.id, token, later)).toBe(false);
    expect(verifyLetterLink(order.id, signLetterLink(order.id, later), later)).toBe(true);
  });

  // A PNG's size, from its IHDR chunk.
  const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

  it("shows the first page as a PNG thumbnail to those who may read the letter, and 404 to everyone else", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), [...toReview, "send_to_client"]);
    const { GET } = await import("@/app/api/orders/[id]/letter.png/route");
    const get = (id: string) => GET(new Request(`http://test/api/orders/${id}/letter.png`), { params: Promise.resolve({ id }) });
    // The client reads the letter now (with_client), so its first page shows in their list.
    await signInAs(ctx.db, cast.client);
    const response = await get(order.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const png = Buffer.from(await response.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    // US Letter (8.5 × 11 in) at the thumbnail's width, drawn with ink (not a blank sheet) and small.
    expect(pngSize(png)).toEqual({ width: 480, height: 621 });
    expect(png.length).toBeGreaterThan(5_000); // a blank sheet is about 3 KB
    expect(png.length).toBeLessThan(200_000);
    // Drawn once per version and look, then served from the stored file.
    expect(Buffer.from(await (await get(order.id)).arrayBuffer())).toEqual(png);
    for (const actor of [cast.editor, cast.writer]) {
      await signInAs(ctx.db, actor);
      expect((await get(order.id)).status).toBe(200);
    }
    for (const actor of [cast.otherClient, cast.otherWriter]) {
      await signInAs(ctx.db, actor);
      expect((await get(order.id)).status).toBe(404);
    }
    // Before the letter is theirs to read, the client has nothing to see either.
    const inReview = await createOrderThrough(ctx.db, cast, cast.brief(), toReview);
    await signInAs(ctx.db, cast.client);
    expect((await get(inReview.id)).status).toBe(404);
    await signInAs(ctx.db, null);
    expect((await get(order.id)).status).toBe(401);
  });

  it("links the first page in the \"ready\" email by a signed link that opens only that picture", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), [...toReview, "send_to_client"]);
    const mail = await notifyOrderEvent(ctx.db, order.id, "send_to_client");
    const link = new URL(/https?:\/\/\S+\/first-page\.png\?token=\S+/.exec(mail!.text)![0]);
    expect(link.pathname).toBe(`/api/letters/${order.id}/first-page.png`);
    const token = link.searchParams.get("token")!;
    const { GET } = await import("@/app/api/letters/[id]/first-page.png/route");
    const get = (id: string, t: string) => GET(new Request(`http://test${link.pathname}?token=${t}`), { params: Promise.resolve({ id }) });
    await signInAs(ctx.db, null);
    const response = await get(order.id, token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const other = await createOrderThrough(ctx.db, cast, cast.brief(), [...toReview, "send_to_client"]);
    expect((await get(other.id, token)).status).toBe(404);
    // The picture's token is not the PDF's, and the PDF's is not the picture's.
    expect(verifyLetterLink(order.id, token)).toBe(false);
    expect((await get(order.id, signLetterLink(order.id))).status).toBe(404);
  });
});

// The handwritten pages load from their own URL, given by a page that has checked the reader:
// the URL works for that person only, for that version only, and not for long.
import { eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { letterVersions } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { letterView } from "@/lib/handwriting/letter-view";
import { signLetterView } from "@/lib/handwriting/signed-letter-link";
import { describeWithDatabase } from "../helpers/test-database";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));

const withClient = ["pay", "claim", { save: "Dear Margaret,\n\nHappy birthday from Łukasz and Zoë in 東京 𓀀." }, "submit_for_review", "send_to_client"] as const;

describeWithDatabase("a letter's handwritten pages", (ctx) => {
  const get = async (src: string) => {
    const { GET } = await import("@/app/api/letter-pages/[versionId]/route");
    const url = new URL(src, "http://test");
    const versionId = url.pathname.split("/").pop()!;
    return GET(new Request(url), { params: Promise.resolve({ versionId }) });
  };

  it("gives the reader the engine's SVG pages at the URL their page named, and nobody else", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), withClient);
    const [version] = await ctx.db.select().from(letterVersions).where(eq(letterVersions.orderId, order.id));
    const view = letterView(cast.client, order, version);
    // The warning needs no drawing: a hieroglyph is in no hand's fonts.
    expect(view.missingCharacters).toEqual(["𓀀"]);
    expect(view.src).toMatch(new RegExp(`^/api/letter-pages/${version.id}\\?look=\\w+&token=`));

    await signInAs(ctx.db, cast.client);
    const response = await get(view.src);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, max-age=3600");
    const pages = (await response.json()) as { pages: string[]; missingCharacters: string[] };
    expect(pages.pages[0]).toMatch(/^<svg[^>]+class="letter-page"/);
    expect(pages.pages.join("")).toContain(">Łukasz </text>");
    expect(pages.missingCharacters).toEqual(["𓀀"]);

    // Someone else signed in with the client's URL, or the client with a URL given to someone else.
    for (const stranger of [cast.otherClient, cast.otherWriter, cast.admin]) {
      await signInAs(ctx.db, stranger);
      expect((await get(view.src)).status).toBe(404);
    }
    await signInAs(ctx.db, cast.client);
    expect((await get(letterView(cast.otherClient, order, version).src)).status).toBe(404);
    // Another version with this version's token, a forged token, and no token at all.
    const other = crypto.randomUUID();
    expect((await get(view.src.replace(version.id, other))).status).toBe(404);
    expect((await get(view.src.replace(/token=[^&]+/, "token=9999999999.forged"))).status).toBe(404);
    expect((await get(view.src.replace(/&token=[^&]+/, ""))).status).toBe(404);
  });

  it("names the same URL within the hour and stops working within two", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), withClient);
    const [version] = await ctx.db.select().from(letterVersions).where(eq(letterVersions.orderId, order.id));
    const hour = new Date("2026-11-28T10:00:00Z");
    const token = signLetterView(version.id, cast.client.id, hour);
    expect(signLetterView(version.id, cast.client.id, new Date("2026-11-28T10:59:59Z"))).toBe(token);
    const { verifyLetterView } = await import("@/lib/handwriting/signed-letter-link");
    expect(verifyLetterView(version.id, cast.client.id, token, new Date("2026-11-28T11:30:00Z"))).toBe(true);
    expect(verifyLetterView(version.id, cast.client.id, token, new Date("2026-11-28T12:00:01Z"))).toBe(false);
  });
});

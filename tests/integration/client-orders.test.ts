import { eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { comments, consents, orders } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { saveVersion } from "@/lib/letters/save-version";
import { commentOnLetter } from "@/lib/orders/comment-on-letter";
import { getClientLetter, getLetterForClient } from "@/lib/orders/get-letter-for-client";
import { getOrderForActor } from "@/lib/orders/get-order-for-actor";
import { hasPublicationConsent } from "@/lib/orders/has-publication-consent";
import { listClientOrders } from "@/lib/orders/list-client-orders";
import { placeOrder } from "@/lib/orders/place-order";
import { requestChanges } from "@/lib/orders/request-changes";
import { setPublicationConsent } from "@/lib/orders/set-publication-consent";
import { applyTransition } from "@/lib/orders/state-machine";
import { addRecipient } from "@/lib/recipients/add-recipient";
import { recipientSchema } from "@/lib/recipients/recipient-schema";
import { getOrderTimeline } from "@/lib/timeline/get-order-timeline";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

const letter = "Dear Margaret,\n\nYou taught me to swim in the lake.\n\nWith all my love, Clara";
const withClient = ["pay", "claim", { save: letter }, "submit_for_review", "send_to_client"] as const;

function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

describeWithDatabase("client orders", (ctx) => {
  it("prices a new order from the brief and refuses someone else's recipient", async () => {
    const cast = await makeCast(ctx.db);
    const order = await placeOrder(ctx.db, cast.client, cast.brief({ length: "long_letter", delivery: "mail" }));
    expect(order).toMatchObject({ status: "draft", priceCents: 9900 + 800, currency: "usd", clientId: cast.client.id });
    await expect(placeOrder(ctx.db, cast.otherClient, cast.brief())).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { recipientId: ["Choose one of your recipients."] },
    });
  });

  it("refuses printed delivery to a recipient without a postal address, beside the delivery field", async () => {
    const cast = await makeCast(ctx.db);
    const tom = await addRecipient(ctx.db, cast.client, recipientSchema.parse({ name: "Tom Okafor", country: "GB" }));
    await expect(placeOrder(ctx.db, cast.client, cast.brief({ recipientId: tom.id, delivery: "mail" }))).rejects.toMatchObject({
      fieldErrors: { delivery: ["Tom Okafor has no postal address yet. Add one, or choose PDF delivery."] },
    });
    expect((await placeOrder(ctx.db, cast.client, cast.brief({ recipientId: tom.id, delivery: "pdf" }))).priceCents).toBe(5900);
  });

  it("writes in the English of the recipient's country unless the client chose another", async () => {
    const cast = await makeCast(ctx.db);
    const tom = await addRecipient(ctx.db, cast.client, recipientSchema.parse({ name: "Tom Okafor", country: "GB" }));
    const left = await placeOrder(ctx.db, cast.client, cast.brief({ recipientId: tom.id, englishVariety: undefined }));
    expect(left.englishVariety).toBe("en-GB");
    const chosen = await placeOrder(ctx.db, cast.client, cast.brief({ recipientId: tom.id, englishVariety: "en-US" }));
    expect(chosen.englishVariety).toBe("en-US");
  });

  it("shows a client only their own orders, newest first; others get not found", async () => {
    const cast = await makeCast(ctx.db);
    const first = await placeOrder(ctx.db, cast.client, cast.brief());
    const second = await placeOrder(ctx.db, cast.client, cast.brief({ occasion: "thanks" }));
    const mine = (await listClientOrders(ctx.db, cast.client)).rows;
    expect(mine.map((o) => o.id)).toEqual([second.id, first.id]);
    expect(mine[0]).toMatchObject({ recipientName: "Margaret Bennett", occasion: "thanks", status: "draft" });
    expect((await listClientOrders(ctx.db, cast.otherClient)).rows).toEqual([]);
    await expect(getOrderForActor(ctx.db, cast.otherClient, first.id)).rejects.toThrow("That order could not be found.");
    await expect(getOrderForActor(ctx.db, cast.writer, first.id)).rejects.toThrow(/could not be found/);
    await expect(getOrderForActor(ctx.db, cast.client, "../admin")).rejects.toThrow(/could not be found/);
    expect(await getOrderTimeline(ctx.db, cast.otherClient, first.id)).toEqual([]);
  });

  it("tells the story of an order in order, in words a client understands", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), withClient);
    expect(await getLetterForClient(ctx.db, cast.client, order.id)).toMatchObject({ body: letter, number: 1 });
    await applyTransition(ctx.db, cast.client, order.id, "approve");
    const timeline = await getOrderTimeline(ctx.db, cast.client, order.id);
    expect(timeline.map((e) => [e.label, e.by])).toEqual([
      ["Order placed", "You"],
      ["Paid", null],
      ["Claimed by a writer", "Your writer"],
      ["Drafting started", "Your writer"],
      ["Submitted for review", "Your writer"],
      ["Sent to the client to read", "Our editor"],
      ["Approved by the client", "You"],
    ]);
    expect(timeline.map((e) => e.at.getTime())).toEqual([...timeline.map((e) => e.at.getTime())].sort((a, b) => a - b));
  });

  it("keeps the draft from the client until the editor sends it", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim", { save: letter }]);
    expect(await getLetterForClient(ctx.db, cast.client, order.id)).toBeNull();
  });

  it("takes a change request with the client's note, counts the round, and refuses when none are left", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), withClient);
    await ctx.db.update(orders).set({ revisionRoundsIncluded: 1 }).where(eq(orders.id, order.id));
    const version = await getLetterForClient(ctx.db, cast.client, order.id);

    await expect(requestChanges(ctx.db, cast.otherClient, order.id, "Mine now")).rejects.toThrow(/could not be found/);
    const revised = await requestChanges(ctx.db, cast.client, order.id, "Please mention the cabin.");
    expect(revised).toMatchObject({ status: "revision_requested", revisionRoundsUsed: 1 });
    const notes = await ctx.db.select().from(comments).where(eq(comments.orderId, order.id));
    expect(notes).toMatchObject([{ kind: "revision_request", body: "Please mention the cabin.", versionId: version!.id, authorId: cast.client.id }]);

    // Second draft, back to the client: no rounds left, so nothing is recorded.
    await sendSecondDraft(order.id);
    await expect(requestChanges(ctx.db, cast.client, order.id, "Once more")).rejects.toThrow(/revision rounds/);
    expect(await ctx.db.select().from(comments).where(eq(comments.orderId, order.id))).toHaveLength(1);
    const approved = await applyTransition(ctx.db, cast.client, order.id, "approve");
    expect(approved.status).toBe("approved");

    async function sendSecondDraft(id: string) {
      await saveVersion(ctx.db, cast.writer, id, { body: `${letter}\n\nP.S. The cabin!`, baseNumber: 1 });
      await applyTransition(ctx.db, cast.writer, id, "submit_for_review");
      await applyTransition(ctx.db, cast.editor, id, "send_to_client");
    }
  });

  it("keeps the letter the client commented on readable while the writer revises, then shows the revision against it", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), withClient);
    const sent = (await getLetterForClient(ctx.db, cast.client, order.id))!;
    await requestChanges(ctx.db, cast.client, order.id, "Please mention the cabin.");

    // The writer's new drafts stay with the writer; the client keeps reading what they commented on.
    const stillSent = { letter: { id: sent.id, body: letter }, withWriter: true };
    expect(await getClientLetter(ctx.db, cast.client, order.id)).toMatchObject(stillSent);
    await saveVersion(ctx.db, cast.writer, order.id, { body: `${letter}\n\nP.S. The cabin!`, baseNumber: 1 });
    expect(await getClientLetter(ctx.db, cast.client, order.id)).toMatchObject(stillSent);
    await applyTransition(ctx.db, cast.writer, order.id, "submit_for_review");
    expect(await getClientLetter(ctx.db, cast.client, order.id)).toMatchObject(stillSent);
    expect(await getClientLetter(ctx.db, cast.otherClient, order.id).catch(() => "not found")).toBe("not found");

    await applyTransition(ctx.db, cast.editor, order.id, "send_to_client");
    const revised = await getClientLetter(ctx.db, cast.client, order.id);
    expect(revised).toMatchObject({ letter: { number: 2 }, withWriter: false, previous: { id: sent.id } });
    expect(revised!.letter.body).toContain("P.S. The cabin!");
  });

  it("stores a comment on a passage with the quote taken from the letter itself", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), withClient);
    const version = (await getLetterForClient(ctx.db, cast.client, order.id))!;
    const start = letter.indexOf("swim");
    const comment = await commentOnLetter(ctx.db, cast.client, order.id, {
      body: "Say 'paddle' instead?",
      versionId: version.id,
      anchorStart: start,
      anchorEnd: start + 4,
    });
    expect(comment).toMatchObject({ quote: "swim", anchorStart: start, anchorEnd: start + 4, kind: "comment" });
    await expect(
      commentOnLetter(ctx.db, cast.client, order.id, { body: "x", versionId: version.id, anchorStart: 0, anchorEnd: letter.length + 5 }),
    ).rejects.toThrow("That passage is not part of the letter.");
    await expect(
      commentOnLetter(ctx.db, cast.otherClient, order.id, { body: "x", versionId: version.id, anchorStart: 0, anchorEnd: 4 }),
    ).rejects.toThrow(/could not be found/);
  });

  it("stores a comment on the whole letter, with no passage", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), withClient);
    const version = (await getLetterForClient(ctx.db, cast.client, order.id))!;
    const comment = await commentOnLetter(ctx.db, cast.client, order.id, { body: "Lovely, thank you.", versionId: version.id });
    expect(comment).toMatchObject({ body: "Lovely, thank you.", quote: null, anchorStart: null, versionId: version.id });
  });

  it("records and withdraws the client's consent to publish, only once the letter is approved", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), withClient);
    await expect(setPublicationConsent(ctx.db, cast.client, order.id, true)).rejects.toThrow(/once you have approved/);
    await applyTransition(ctx.db, cast.client, order.id, "approve");

    await expect(setPublicationConsent(ctx.db, cast.otherClient, order.id, true)).rejects.toThrow(/could not be found/);
    await expect(setPublicationConsent(ctx.db, cast.admin, order.id, true)).rejects.toThrow(/could not be found/);
    expect(await setPublicationConsent(ctx.db, cast.client, order.id, true)).toBe(true);
    expect(await setPublicationConsent(ctx.db, cast.client, order.id, true)).toBe(true); // no second row
    expect(await hasPublicationConsent(ctx.db, cast.client, order.id)).toBe(true);
    expect(await setPublicationConsent(ctx.db, cast.client, order.id, false)).toBe(false);
    expect(await hasPublicationConsent(ctx.db, cast.client, order.id)).toBe(false);
    expect(await hasPublicationConsent(ctx.db, cast.admin, order.id)).toBe(false);

    const rows = await ctx.db.select().from(consents).where(eq(consents.orderId, order.id));
    expect(rows).toHaveLength(1);
    expect(rows[0].revokedAt).not.toBeNull();
    const labels = (await getOrderTimeline(ctx.db, cast.client, order.id)).map((e) => e.label);
    expect(labels.slice(-2)).toEqual(["Publication allowed", "Publication no longer allowed"]);
  });

  it("through the server actions: strangers and staff get not found, unknown fields are refused", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), withClient);
    const { approveLetter, cancelOrder, requestLetterChanges } = await import("@/app/(client)/orders/[id]/actions");
    const { submitBrief } = await import("@/app/(client)/orders/new/actions");
    const { saveRecipient } = await import("@/app/(client)/recipients/actions");

    await signInAs(ctx.db, cast.otherClient);
    expect(await approveLetter(null, form({ orderId: order.id }))).toMatchObject({ ok: false, error: "That order could not be found." });
    expect(await requestLetterChanges(null, form({ orderId: order.id, body: "Mine" }))).toMatchObject({ ok: false, error: /could not be found/ });
    expect(await saveRecipient(null, form({ recipientId: cast.recipient.id, name: "Taken" }))).toMatchObject({ ok: false, error: "That recipient could not be found." });
    const stolen = await submitBrief(null, form({ ...briefFields(cast.recipient.id) }));
    expect(stolen).toMatchObject({ ok: false, fieldErrors: { recipientId: ["Choose one of your recipients."] } });

    await signInAs(ctx.db, cast.writer);
    expect(await approveLetter(null, form({ orderId: order.id }))).toMatchObject({ ok: false, error: /could not be found/ });

    await signInAs(ctx.db, cast.client);
    const priced = await submitBrief(null, form({ ...briefFields(cast.recipient.id), priceCents: "1" }));
    expect(priced).toMatchObject({ ok: false, error: "Please check the highlighted fields." });
    expect(await requestLetterChanges(null, form({ orderId: order.id, body: "  " }))).toMatchObject({
      fieldErrors: { body: ["Tell us what you would like changed."] },
    });
    expect(await approveLetter(null, form({ orderId: order.id }))).toMatchObject({ ok: true });
    expect(await cancelOrder(null, form({ orderId: order.id }))).toMatchObject({ ok: false, error: /approved now/i });
    // A valid brief ends in a redirect to payment; the order is there, priced on the server.
    await expect(submitBrief(null, form({ ...briefFields(cast.recipient.id), memories: ["One", "", "Two"] }))).rejects.toMatchObject({
      digest: expect.stringMatching(/\/orders\/[0-9a-f-]{36}\/pay/),
    });
    const [latest] = (await listClientOrders(ctx.db, cast.client)).rows;
    const placed = await getOrderForActor(ctx.db, cast.client, latest.id);
    expect(placed).toMatchObject({ memories: ["One", "Two"], priceCents: 5900, status: "draft" });
  });
});

function briefFields(recipientId: string): Record<string, string | string[]> {
  return {
    recipientId,
    occasion: "birthday",
    relationship: "My mother",
    tone: "Warm",
    length: "letter",
    memories: "The lake",
    signOff: "Love, Clara",
    delivery: "pdf",
  };
}

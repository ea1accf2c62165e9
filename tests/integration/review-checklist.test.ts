import { and, eq } from "drizzle-orm";
import { beforeEach, expect, it, vi } from "vitest";
import { submitLetter } from "@/app/(writer)/desk/[orderId]/actions";
import { listComments } from "@/lib/comments/list-comments";
import { auditLog, orders } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { reviewChecklist } from "@/lib/letters/review-checklist";
import { saveVersion } from "@/lib/letters/save-version";
import { submitForReview } from "@/lib/letters/submit-for-review";
import { dismissSuggestion } from "@/lib/proofread/dismiss-suggestion";
import { checkOrderLetter } from "@/lib/proofread/check-order-letter";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";
import { warmProofreaderFirst } from "../helpers/warm-proofreader";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

// Covers the recipient and both memories of the example brief, within a note's 60–120 words.
const CLEAN =
  "Dear Margaret,\n\nI still think of you teaching me to swim in the lake at Grandpa's cabin, holding my hands until I was brave " +
  "enough to kick on my own. I think of your lemon cake every Sunday too, warm from the oven and far too big for the four of us, " +
  "and of the radio playing in the kitchen while we ate it.\n\nThank you for every one of those summers and Sundays.\n\nWith all my love, Clara";
const MISSPELT = CLEAN.replace("I still think", "I recieve your letters with joy. I still think");

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

warmProofreaderFirst({ pool: true });

describeWithDatabase("review checklist gate", (ctx) => {
  beforeEach(() => signInAs(ctx.db, null));

  async function claimedWith(body: string) {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief({ length: "note" }), ["pay", "claim"]);
    await saveVersion(ctx.db, cast.writer, order.id, { body, baseNumber: 0 });
    return { cast, order };
  }

  async function statusOf(orderId: string) {
    const [row] = await ctx.db.select({ status: orders.status }).from(orders).where(eq(orders.id, orderId));
    return row.status;
  }

  it("refuses a letter with an open misspelling, naming it, and takes it once it is fixed", async () => {
    const { cast, order } = await claimedWith(MISSPELT);
    await expect(submitForReview(ctx.db, cast.writer, order.id)).rejects.toThrow(/spelling: “recieve”.*give a reason for submitting anyway/);
    expect(await statusOf(order.id)).toBe("drafting");

    await saveVersion(ctx.db, cast.writer, order.id, { body: MISSPELT.replace("recieve", "receive"), baseNumber: 1 });
    expect(await submitForReview(ctx.db, cast.writer, order.id)).toMatchObject({ status: "in_review" });
    // A clean submit leaves no note and no override in the audit log.
    expect(await listComments(ctx.db, cast.editor, order.id)).toEqual([]);
    const [audit] = await ctx.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, order.id), eq(auditLog.action, "order.submit_for_review")));
    expect(audit.detail).toEqual({});
  });

  it("submits with open items when the writer gives a reason, which the editor reads and the audit log keeps", async () => {
    const { cast, order } = await claimedWith(MISSPELT);
    await signInAs(ctx.db, cast.writer);
    const short = await submitLetter(null, form({ orderId: order.id, overrideReason: "  because " }));
    expect(short).toMatchObject({ ok: false, fieldErrors: { overrideReason: [expect.stringMatching(/at least 10 characters/)] } });
    expect(await statusOf(order.id)).toBe("drafting");

    const reason = "The client spells it this way on purpose, as a family joke.";
    expect(await submitLetter(null, form({ orderId: order.id, overrideReason: reason }))).toMatchObject({ ok: true });
    expect(await statusOf(order.id)).toBe("in_review");

    const notes = await listComments(ctx.db, cast.editor, order.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: "review_note", authorRole: "writer" });
    expect(notes[0].body).toBe(`Submitted with open checklist items: spelling: “recieve”. Reason: ${reason}`);
    // The client's order page shows only the client's own notes; the note stays between staff.
    expect((await listComments(ctx.db, cast.client, order.id)).filter((c) => c.authorRole === "client")).toEqual([]);

    const [audit] = await ctx.db
      .select({ detail: auditLog.detail })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, order.id), eq(auditLog.action, "order.submit_for_review")));
    expect(audit.detail).toEqual({ checklistOverride: { reason, openItems: 1, version: 1 } });
  });

  it("does not count suggestions the writer dismissed on this letter", async () => {
    const { cast, order } = await claimedWith(MISSPELT);
    const { suggestions } = await checkOrderLetter(ctx.db, cast.writer, order.id, MISSPELT);
    const recieve = suggestions.find((s) => MISSPELT.slice(s.start, s.end) === "recieve");
    expect(recieve).toBeDefined();
    await dismissSuggestion(ctx.db, cast.writer, order.id, recieve!.key);
    expect(await reviewChecklist(ctx.db, cast.writer, order.id, MISSPELT)).toMatchObject({ clean: true, misspellings: [] });
    expect(await submitForReview(ctx.db, cast.writer, order.id)).toMatchObject({ status: "in_review" });
  });

  it("holds back a letter that leaves out a memory, the recipient's name or says what must be avoided", async () => {
    const { cast, order } = await claimedWith("Dear Mum,\n\nI still think of you teaching me to swim in the lake at Grandpa's cabin.\n\nWith all my love, Clara");
    const checklist = await reviewChecklist(ctx.db, cast.writer, order.id, "Dear Mum, happy birthday.");
    expect(checklist.clean).toBe(false);
    expect(checklist.facts.filter((f) => !f.ok).map((f) => f.kind)).toEqual(["recipient", "memory", "memory", "length"]);
    await expect(submitForReview(ctx.db, cast.writer, order.id)).rejects.toThrow(
      /recipient not named \(Margaret Bennett\); memory not covered: “Her lemon cake every Sunday”/,
    );

    const avoided = await createOrderThrough(ctx.db, cast, cast.brief({ mustAvoid: "the divorce" }), ["pay", "claim"]);
    await saveVersion(ctx.db, cast.writer, avoided.id, { body: `${CLEAN}\n\nP.S. Sorry about the divorce.`, baseNumber: 0 });
    await expect(submitForReview(ctx.db, cast.writer, avoided.id)).rejects.toThrow(/must-avoid mentioned: “the divorce”/);
    expect(await statusOf(avoided.id)).toBe("drafting");
  });

  it("holds back a letter outside the ordered length until the writer says why", async () => {
    const { cast, order } = await claimedWith(`${CLEAN}\n\n${"P.S. I have so much more to tell you. ".repeat(8)}`);
    await expect(submitForReview(ctx.db, cast.writer, order.id)).rejects.toThrow(/length: 1\d\d words \(ordered 60–120\)/);
    const reason = "The client asked for a longer note on the phone.";
    expect(await submitForReview(ctx.db, cast.writer, order.id, { overrideReason: reason })).toMatchObject({ status: "in_review" });
  });

  it("a reason opens no door: other writers, clients and editors still find no such order", async () => {
    const { cast, order } = await claimedWith(MISSPELT);
    for (const outsider of [cast.otherWriter, cast.client, cast.editor]) {
      await signInAs(ctx.db, outsider);
      const result = await submitLetter(null, form({ orderId: order.id, overrideReason: "Please just send it along." }));
      expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/not be found/) });
    }
    expect(await statusOf(order.id)).toBe("drafting");
  });
});

import { and, eq } from "drizzle-orm";
import { expect, it, vi } from "vitest";
import { mailOutbox, orders, recipients, recurringLetters, users } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { addYears } from "@/lib/recurring/add-years";
import { cancelRepeatLetter } from "@/lib/recurring/cancel-repeat-letter";
import { defaultRepeatDate } from "@/lib/recurring/default-repeat-date";
import { listRepeatLetters } from "@/lib/recurring/list-repeat-letters";
import { prepareDueRepeatLetters } from "@/lib/recurring/prepare-due-repeat-letters";
import { setRepeatLetter } from "@/lib/recurring/set-repeat-letter";
import { todayIso } from "@/lib/recurring/today-iso";
import { runQueuedJobs } from "../helpers/jobs";
import { makeCast } from "../helpers/people";
import { signInAs } from "../helpers/session";
import { describeWithDatabase } from "../helpers/test-database";

vi.mock("next-auth", async (original) => ({
  ...(await original<object>()),
  getServerSession: async () => (await import("../helpers/session")).currentSession(),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const approved = ["pay", "claim", { save: "Dear Margaret, happy birthday." }, "submit_for_review", "send_to_client", "approve"] as const;
const inDays = (days: number) => todayIso(new Date(Date.now() + days * 86_400_000));

describeWithDatabase("repeat letters", (ctx) => {
  async function approvedOrder(overrides = {}) {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief({ mustInclude: "Her lemon cake", toneNote: "gently funny", ...overrides }), approved);
    return { cast, order };
  }
  const outboxFor = (email: string) => ctx.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));

  it("defaults a birthday letter to the recipient's next birthday, other letters to a year after the deadline", () => {
    const today = "2026-11-24";
    const createdAt = new Date("2026-03-01T10:00:00Z");
    expect(defaultRepeatDate({ occasion: "birthday", deadline: null, createdAt }, { birthday: "1956-03-14" }, today)).toBe("2027-03-14");
    expect(defaultRepeatDate({ occasion: "birthday", deadline: null, createdAt }, { birthday: "1956-12-02" }, today)).toBe("2026-12-02");
    expect(defaultRepeatDate({ occasion: "thanks", deadline: "2026-06-10", createdAt }, null, today)).toBe("2027-06-10");
    expect(defaultRepeatDate({ occasion: "love", deadline: null, createdAt }, null, today)).toBe("2027-03-01");
    expect(defaultRepeatDate({ occasion: "birthday", deadline: null, createdAt }, { birthday: "1960-02-29" }, today)).toBe("2027-02-28");
    expect(addYears("2028-02-29", 4)).toBe("2032-02-29");
  });

  it("lets only the owner set and stop a repeat of an approved letter", async () => {
    const { cast, order } = await approvedOrder();
    await ctx.db.update(recipients).set({ birthday: "1956-03-14" }).where(eq(recipients.id, cast.recipient.id));

    await expect(setRepeatLetter(ctx.db, cast.otherClient, order.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setRepeatLetter(ctx.db, cast.admin, order.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const unapproved = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    await expect(setRepeatLetter(ctx.db, cast.client, unapproved.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(setRepeatLetter(ctx.db, cast.client, order.id, { nextDate: todayIso() })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { nextDate: ["Choose a date in the future."] },
    });

    const repeat = await setRepeatLetter(ctx.db, cast.client, order.id);
    expect(repeat).toMatchObject({ nextDate: defaultRepeatDate(order, { birthday: "1956-03-14" }), remindDaysBefore: 21, active: true });
    expect(repeat.nextDate.slice(5)).toBe("03-14");
    // Setting it again changes the one repeat rather than adding a second.
    const changed = await setRepeatLetter(ctx.db, cast.client, order.id, { nextDate: inDays(100), remindDaysBefore: 10 });
    expect(changed.id).toBe(repeat.id);
    expect(await listRepeatLetters(ctx.db, cast.client)).toMatchObject([{ id: repeat.id, nextDate: inDays(100), remindDaysBefore: 10, recipientName: "Margaret Bennett" }]);
    expect(await listRepeatLetters(ctx.db, cast.otherClient)).toEqual([]);

    await expect(cancelRepeatLetter(ctx.db, cast.otherClient, repeat.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listRepeatLetters(ctx.db, cast.client, { recipientId: cast.recipient.id })).toHaveLength(1);
    await cancelRepeatLetter(ctx.db, cast.client, repeat.id);
    expect(await listRepeatLetters(ctx.db, cast.client)).toEqual([]);
  });

  it("prepares next year's draft once, with the copied brief and one reminder, and moves the date on a year", async () => {
    const { cast, order } = await approvedOrder({ delivery: "mail", handwritingStyle: "dancing-script", inkColour: "sepia", stationery: "blue", length: "note" });
    const nextDate = inDays(30);
    const repeat = await setRepeatLetter(ctx.db, cast.client, order.id, { nextDate, remindDaysBefore: 21 });

    expect(await prepareDueRepeatLetters(ctx.db, inDays(8))).toEqual([]); // 22 days before: not yet
    const [preparedId, ...more] = await prepareDueRepeatLetters(ctx.db, inDays(9));
    expect(more).toEqual([]);
    expect(await prepareDueRepeatLetters(ctx.db, inDays(9))).toEqual([]); // a retried run prepares nothing more
    expect(await prepareDueRepeatLetters(ctx.db, inDays(20))).toEqual([]);

    const [draft] = await ctx.db.select().from(orders).where(eq(orders.id, preparedId));
    expect(draft).toMatchObject({
      status: "draft",
      clientId: cast.client.id,
      recipientId: cast.recipient.id,
      occasion: order.occasion,
      relationship: order.relationship,
      tone: order.tone,
      toneNote: "gently funny",
      length: "note",
      memories: order.memories,
      mustInclude: "Her lemon cake",
      signOff: order.signOff,
      delivery: "mail",
      handwritingStyle: "dancing-script",
      inkColour: "sepia",
      stationery: "blue",
      deadline: nextDate,
      priceCents: 2900 + 800,
    });
    const [after] = await ctx.db.select().from(recurringLetters).where(eq(recurringLetters.id, repeat.id));
    expect(after).toMatchObject({ preparedOrderId: preparedId, nextDate: addYears(nextDate, 1) });
    expect(after.remindedAt).toBeInstanceOf(Date);

    const mail = await outboxFor(cast.client.email);
    expect(mail).toHaveLength(1);
    expect(mail[0].subject).toBe("Time to write again: your birthday letter");
    expect(mail[0].text).toContain(`/orders/${preparedId}`);
    expect(mail[0].text).not.toContain("lemon cake");
    expect(mail[0].text).not.toContain("happy birthday");

    // The repeat now belongs to both letters' pages, and next year it comes round again.
    expect(await listRepeatLetters(ctx.db, cast.client, { orderId: preparedId })).toMatchObject([{ id: repeat.id }]);
    const nextYear = await prepareDueRepeatLetters(ctx.db, addYears(inDays(9), 1));
    expect(nextYear).toHaveLength(1);
    expect(await outboxFor(cast.client.email)).toHaveLength(2);
  });

  it("still prepares the draft for a client who turned letter emails off, without emailing them", async () => {
    const { cast, order } = await approvedOrder();
    await ctx.db.update(users).set({ emailNotifications: false }).where(eq(users.id, cast.client.id));
    await setRepeatLetter(ctx.db, cast.client, order.id, { nextDate: inDays(10), remindDaysBefore: 21 });
    const prepared = await prepareDueRepeatLetters(ctx.db);
    expect(prepared).toHaveLength(1);
    expect(await ctx.db.select().from(orders).where(and(eq(orders.id, prepared[0]), eq(orders.clientId, cast.client.id)))).toHaveLength(1);
    expect(await outboxFor(cast.client.email)).toEqual([]);
  });

  it("prepares nothing for a stopped repeat", async () => {
    const { cast, order } = await approvedOrder();
    const repeat = await setRepeatLetter(ctx.db, cast.client, order.id, { nextDate: inDays(5) });
    await cancelRepeatLetter(ctx.db, cast.client, repeat.id);
    await prepareDueRepeatLetters(ctx.db);
    const [row] = await ctx.db.select().from(recurringLetters).where(eq(recurringLetters.id, repeat.id));
    expect(row).toMatchObject({ preparedOrderId: null, remindedAt: null, nextDate: inDays(5) });
  });

  it("runs as the daily job, and a second run prepares nothing more", async () => {
    const { cast, order } = await approvedOrder();
    await setRepeatLetter(ctx.db, cast.client, order.id, { nextDate: inDays(3) });
    for (let run = 0; run < 2; run++) {
      await enqueueJob(ctx.db, "recurring.prepare", {});
      expect(await runQueuedJobs(ctx.db, ["recurring.prepare"])).toBe(1);
    }
    const [row] = await ctx.db.select().from(recurringLetters).where(eq(recurringLetters.sourceOrderId, order.id));
    expect(row.preparedOrderId).not.toBeNull();
    expect(await ctx.db.select().from(orders).where(eq(orders.clientId, cast.client.id))).toHaveLength(2);
    expect(await outboxFor(cast.client.email)).toHaveLength(1);
  });

  it("through the server actions: only the owner repeats or stops, and unknown fields are refused", async () => {
    const { cast, order } = await approvedOrder();
    const { repeatLetter, stopRepeatLetter } = await import("@/app/(client)/orders/[id]/repeat-actions");
    const fields = { orderId: order.id, nextDate: inDays(60), remindDaysBefore: "14" };

    await signInAs(ctx.db, cast.otherClient);
    expect(await repeatLetter(null, form(fields))).toMatchObject({ ok: false, error: "That order could not be found." });
    await signInAs(ctx.db, cast.editor);
    expect(await repeatLetter(null, form(fields))).toMatchObject({ ok: false, error: /could not be found/ });

    await signInAs(ctx.db, cast.client);
    expect(await repeatLetter(null, form({ ...fields, clientId: cast.otherClient.id }))).toMatchObject({ ok: false });
    expect(await repeatLetter(null, form({ ...fields, remindDaysBefore: "0" }))).toMatchObject({
      fieldErrors: { remindDaysBefore: ["Remind you at least a day before."] },
      values: { remindDaysBefore: "0" },
    });
    expect(await repeatLetter(null, form(fields))).toMatchObject({ ok: true, message: "We will write to them again every year." });
    const [repeat] = await listRepeatLetters(ctx.db, cast.client, { orderId: order.id });
    expect(repeat).toMatchObject({ nextDate: inDays(60), remindDaysBefore: 14 });

    await signInAs(ctx.db, cast.otherClient);
    expect(await stopRepeatLetter(null, form({ orderId: order.id, repeatId: repeat.id }))).toMatchObject({ ok: false, error: /could not be found/ });
    await signInAs(ctx.db, cast.client);
    expect(await stopRepeatLetter(null, form({ orderId: order.id, repeatId: repeat.id }))).toMatchObject({ ok: true });
    expect(await listRepeatLetters(ctx.db, cast.client, { orderId: order.id })).toEqual([]);
  });
});

import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, orders } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { assignWriter } from "@/lib/desk/assign-writer";
import { claimOrder } from "@/lib/desk/claim-order";
import { getDeskOrder } from "@/lib/desk/get-desk-order";
import { listDeskQueue } from "@/lib/desk/list-desk-queue";
import { listRecipientHistory } from "@/lib/desk/list-recipient-history";
import { listWriters } from "@/lib/desk/list-writers";
import { makeCast } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";

describeWithDatabase("writer's desk", (ctx) => {
  it("shows a writer their own letters and the open pool, never another writer's, soonest deadline first", async () => {
    const cast = await makeCast(ctx.db);
    const other = { ...cast, writer: cast.otherWriter };
    const later = await createOrderThrough(ctx.db, cast, cast.brief({ deadline: "2099-06-01" }), ["pay", "claim"]);
    const sooner = await createOrderThrough(ctx.db, cast, cast.brief({ deadline: "2099-01-01" }), ["pay", "claim"]);
    const undated = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim"]);
    const theirs = await createOrderThrough(ctx.db, other, cast.brief(), ["pay", "claim"]);
    const approved = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim", { save: "Hi" }, "submit_for_review", "send_to_client", "approve"]);
    const unpaid = await createOrderThrough(ctx.db, cast, cast.brief(), []);
    const pooled = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);

    const desk = await listDeskQueue(ctx.db, cast.writer);
    expect(desk.mine.rows.map((o) => o.id)).toEqual([sooner.id, later.id, undated.id]);
    expect(desk.mine.rows[0]).toMatchObject({ recipientName: "Margaret Bennett", occasion: "birthday", length: "letter", status: "assigned" });
    const poolIds = desk.pool.rows.map((o) => o.id);
    expect(poolIds).toContain(pooled.id);
    for (const hidden of [theirs.id, approved.id, unpaid.id]) {
      expect([...desk.mine.rows.map((o) => o.id), ...poolIds]).not.toContain(hidden);
    }
    const otherDesk = await listDeskQueue(ctx.db, cast.otherWriter);
    expect(otherDesk.mine.rows.map((o) => o.id)).toEqual([theirs.id]);
    expect(otherDesk.pool.rows.map((o) => o.id)).toContain(pooled.id);

    // The workspace opens only for the order's own writer (and staff); a pool order is claimed, not read.
    await expect(getDeskOrder(ctx.db, cast.writer, sooner.id)).resolves.toMatchObject({ id: sooner.id });
    await expect(getDeskOrder(ctx.db, cast.editor, sooner.id)).resolves.toMatchObject({ writerName: cast.writer.name });
    for (const [actor, id] of [
      [cast.otherWriter, sooner.id],
      [cast.writer, pooled.id],
      [cast.client, sooner.id],
      [cast.writer, "not-a-uuid"],
    ] as const) {
      await expect(getDeskOrder(ctx.db, actor, id)).rejects.toThrow(/not be found/);
    }
  });

  it("lets one of two writers claim a letter and tells the other plainly", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    const results = await Promise.allSettled([claimOrder(ctx.db, cast.writer, order.id), claimOrder(ctx.db, cast.otherWriter, order.id)]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(String((lost[0] as PromiseRejectedResult).reason.message)).toMatch(/no longer in the open pool/);
    const [row] = await ctx.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row.status).toBe("assigned");
    expect([cast.writer.id, cast.otherWriter.id]).toContain(row.writerId);
    // Claiming again, or an order that does not exist, gets the same answer.
    await expect(claimOrder(ctx.db, cast.writer, order.id)).rejects.toThrow(/no longer in the open pool/);
    await expect(claimOrder(ctx.db, cast.writer, crypto.randomUUID())).rejects.toThrow(/no longer in the open pool/);
  });

  it("shows the writer earlier letters the client has read to the same recipient", async () => {
    const cast = await makeCast(ctx.db);
    const other = { ...cast, writer: cast.otherWriter };
    await createOrderThrough(ctx.db, other, cast.brief({ occasion: "thanks" }), ["pay", "claim", { save: "Thank you, Mum." }, "submit_for_review", "send_to_client"]);
    await createOrderThrough(ctx.db, other, cast.brief(), ["pay", "claim", { save: "Unsent draft" }]);
    const current = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim"]);
    const history = await listRecipientHistory(ctx.db, cast.writer, current.id);
    expect(history.map((h) => [h.occasion, h.body])).toEqual([["thanks", "Thank you, Mum."]]);
    await expect(listRecipientHistory(ctx.db, cast.otherWriter, current.id)).rejects.toThrow(/not be found/);
  });

  it("lets editors and admins assign a pool letter and reassign a started one, with an audit trail", async () => {
    const cast = await makeCast(ctx.db);
    const pooled = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    expect((await listWriters(ctx.db, cast.editor)).map((w) => w.id)).toEqual(expect.arrayContaining([cast.writer.id, cast.otherWriter.id]));
    expect(await listWriters(ctx.db, cast.writer)).toEqual([]);

    // Only writers can be given letters.
    await expect(assignWriter(ctx.db, cast.editor, pooled.id, cast.client.id)).rejects.toThrow("Choose a writer.");
    const assigned = await assignWriter(ctx.db, cast.editor, pooled.id, cast.writer.id);
    expect(assigned).toMatchObject({ status: "assigned", writerId: cast.writer.id });

    await createOrderThrough(ctx.db, cast, cast.brief(), []); // noise
    const started = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim", { save: "Half a letter" }]);
    const moved = await assignWriter(ctx.db, cast.admin, started.id, cast.otherWriter.id);
    expect(moved).toMatchObject({ status: "drafting", writerId: cast.otherWriter.id });
    await expect(assignWriter(ctx.db, cast.admin, started.id, cast.otherWriter.id)).rejects.toThrow(/already writing/);
    // The first writer loses the letter; the new one finds it on their desk, with its versions.
    await expect(getDeskOrder(ctx.db, cast.writer, started.id)).rejects.toThrow(/not be found/);
    expect((await listDeskQueue(ctx.db, cast.otherWriter)).mine.rows.map((o) => o.id)).toContain(started.id);
    const [entry] = await ctx.db.select().from(auditLog).where(eq(auditLog.action, "order.reassign"));
    expect(entry).toMatchObject({ entityId: started.id, actorId: cast.admin.id, detail: { fromWriterId: cast.writer.id, toWriterId: cast.otherWriter.id } });

    // Writers and clients cannot assign, and a finished letter cannot change hands.
    for (const outsider of [cast.writer, cast.client]) {
      await expect(assignWriter(ctx.db, outsider, started.id, outsider.id)).rejects.toThrow(/not be found/);
    }
    const approved = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim", { save: "Done" }, "submit_for_review", "send_to_client", "approve"]);
    await expect(assignWriter(ctx.db, cast.admin, approved.id, cast.otherWriter.id)).rejects.toThrow(/being written or reviewed/);
  });
});

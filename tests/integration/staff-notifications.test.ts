import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { setStaffNotifications } from "@/lib/accounts/set-staff-notifications";
import { mailOutbox } from "@/lib/db/schema";
import { createOrderThrough } from "@/lib/db/seed";
import { saveVersion } from "@/lib/letters/save-version";
import { countUnread, listNotifications, markAllRead } from "@/lib/notifications/list-notifications";
import { commentOnLetter } from "@/lib/orders/comment-on-letter";
import { getLetterForClient } from "@/lib/orders/get-letter-for-client";
import { requestChanges } from "@/lib/orders/request-changes";
import { applyTransition } from "@/lib/orders/state-machine";
import { runQueuedJobs } from "../helpers/jobs";
import { makeCast } from "../helpers/people";
import { describeWithDatabase } from "../helpers/test-database";

const letter = "Dear Margaret,\n\nYou taught me to swim in the lake.\n\nWith love, Clara";

describeWithDatabase("notifications for writers and editors", (ctx) => {
  const mailTo = (email: string) => ctx.db.select({ subject: mailOutbox.subject, text: mailOutbox.text }).from(mailOutbox).where(eq(mailOutbox.toAddress, email));
  const drain = () => runQueuedJobs(ctx.db, ["order.notify"]);

  it("tells every writer, in the app and by email, when a paid order enters the pool; a switched-off channel stays quiet", async () => {
    const cast = await makeCast(ctx.db);
    // The other writer keeps the app notice and turns the email off.
    await setStaffNotifications(ctx.db, cast.otherWriter, ["pool_order.app", "client_comment.email", "client_comment.app"]);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    await drain();

    const [news] = await listNotifications(ctx.db, cast.writer);
    expect(news).toMatchObject({ kind: "pool_order", orderId: order.id, message: "A new order is in the open pool: Birthday letter for Margaret Bennett." });
    expect(await mailTo(cast.writer.email)).toEqual([{ subject: "A new letter is in the pool", text: expect.stringContaining("/desk") }]);
    expect(await listNotifications(ctx.db, cast.otherWriter)).toHaveLength(1);
    expect(await mailTo(cast.otherWriter.email)).toEqual([]);
    // Editors and the client hear nothing of the pool.
    expect(await listNotifications(ctx.db, cast.editor)).toEqual([]);
    expect(await listNotifications(ctx.db, cast.client)).toEqual([]);
  });

  it("tells the letter's writer of the client's comments and change requests, and editors when a revision is ready for review", async () => {
    const cast = await makeCast(ctx.db);
    const order = await createOrderThrough(ctx.db, cast, cast.brief(), ["pay", "claim", { save: letter }, "submit_for_review", "send_to_client"]);
    await drain();
    expect((await listNotifications(ctx.db, cast.editor)).map((n) => n.message)).toContain("The birthday letter for Margaret Bennett is ready for review.");

    const version = (await getLetterForClient(ctx.db, cast.client, order.id))!;
    await commentOnLetter(ctx.db, cast.client, order.id, { body: "Lovely.", versionId: version.id });
    await requestChanges(ctx.db, cast.client, order.id, "Please mention the cabin.");
    await drain();
    const toWriter = (await listNotifications(ctx.db, cast.writer)).filter((n) => n.orderId === order.id).map((n) => n.message);
    expect(toWriter).toEqual(
      expect.arrayContaining(["The client left a comment on the birthday letter for Margaret Bennett.", "The client asked for changes to the birthday letter for Margaret Bennett."]),
    );
    // Never the comment's words: a link to the letter instead.
    expect((await mailTo(cast.writer.email)).map((m) => m.text).join()).not.toContain("cabin");
    const otherWriterHeard = await listNotifications(ctx.db, cast.otherWriter);
    expect(otherWriterHeard.filter((n) => n.orderId === order.id && n.kind === "client_comment")).toEqual([]);

    await saveVersion(ctx.db, cast.writer, order.id, { body: `${letter}\n\nP.S. The cabin!`, baseNumber: 1 });
    await applyTransition(ctx.db, cast.writer, order.id, "submit_for_review");
    await drain();
    expect((await listNotifications(ctx.db, cast.admin)).map((n) => n.message)).toContain("The revised birthday letter for Margaret Bennett is ready for review.");
  });

  it("counts what is unread and marks it read, for the person alone", async () => {
    const cast = await makeCast(ctx.db);
    await createOrderThrough(ctx.db, cast, cast.brief(), ["pay"]);
    await drain();
    const before = await countUnread(ctx.db, cast.otherWriter);
    expect(before).toBeGreaterThan(0);
    await markAllRead(ctx.db, cast.writer);
    expect(await countUnread(ctx.db, cast.writer)).toBe(0);
    expect(await countUnread(ctx.db, cast.otherWriter)).toBe(before);
  });
});

import { z } from "zod";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { mailOutbox } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { byTime } from "@/lib/lists/keyset";
import { listPage } from "@/lib/lists/list-page";
import { cursorParam } from "@/lib/lists/list-params";

export const outboxFilterSchema = z.object({ cursor: cursorParam });

/** The stored emails, newest first, a page at a time, for the admin's outbox page. */
export async function listOutbox(db: DbOrTx, actor: Actor, filter: z.infer<typeof outboxFilterSchema> = {}) {
  if (!can(actor, "outbox.view")) throw notFound("That page");
  return listPage(db, {
    keyset: byTime(mailOutbox.createdAt, mailOutbox.id, "desc"),
    cursor: filter.cursor,
    table: mailOutbox,
    where: undefined,
    countKey: "outbox",
    select: (cursorKey) =>
      db
        .select({
          id: mailOutbox.id,
          toAddress: mailOutbox.toAddress,
          subject: mailOutbox.subject,
          text: mailOutbox.text,
          transport: mailOutbox.transport,
          error: mailOutbox.error,
          createdAt: mailOutbox.createdAt,
          cursorKey,
        })
        .from(mailOutbox)
        .$dynamic(),
  });
}

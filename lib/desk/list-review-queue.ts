import { and, eq, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { can, orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients, users } from "@/lib/db/schema";
import { byTime } from "@/lib/lists/keyset";
import { listPage } from "@/lib/lists/list-page";
import { cursorParam, listParam } from "@/lib/lists/list-params";
import { statusIs } from "@/lib/orders/status-is";

const writers = alias(users, "writers");

/** The review queue's query string: one writer's letters, and the page. */
export const reviewFilterSchema = z.object({ writer: listParam(z.uuid()), cursor: cursorParam });

export type ReviewFilter = z.infer<typeof reviewFilterSchema>;

/** Letters waiting for an editor, the longest-waiting first, a page at a time; empty for anyone who does not review. */
export async function listReviewQueue(db: DbOrTx, actor: Actor, filter: ReviewFilter = {}) {
  if (!can(actor, "order.review")) return { rows: [], start: 0, next: null, previous: null, total: 0 };
  const conditions: SQL[] = [statusIs(["in_review"]), orderScope(actor)];
  if (filter.writer) conditions.push(eq(orders.writerId, filter.writer));
  return listPage(db, {
    // A letter in review was submitted when it entered that status (the state machine records when).
    keyset: byTime(orders.statusChangedAt, orders.id, "asc"),
    cursor: filter.cursor,
    table: orders,
    where: and(...conditions),
    countKey: `review:${filter.writer ?? ""}`,
    select: (cursorKey) =>
      db
        .select({
          id: orders.id,
          occasion: orders.occasion,
          deadline: orders.deadline,
          recipientName: recipients.name,
          writerName: writers.name,
          submittedAt: orders.statusChangedAt,
          cursorKey,
        })
        .from(orders)
        .leftJoin(recipients, eq(recipients.id, orders.recipientId))
        .leftJoin(writers, eq(writers.id, orders.writerId))
        .$dynamic(),
  });
}

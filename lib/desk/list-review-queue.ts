import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { can, orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients, users } from "@/lib/db/schema";

const writers = alias(users, "writers");

/** Letters waiting for an editor, the longest-waiting first; empty for anyone who does not review. */
export async function listReviewQueue(db: DbOrTx, actor: Actor) {
  if (!can(actor, "order.review")) return [];
  // When the letter was last submitted, from the audit log the state machine writes.
  const submittedAt = sql<Date>`(select max(a.created_at) from audit_log a where a.entity_type = 'order' and a.entity_id = ${orders.id} and a.action = 'order.submit_for_review')`;
  return db
    .select({
      id: orders.id,
      occasion: orders.occasion,
      deadline: orders.deadline,
      recipientName: recipients.name,
      writerName: writers.name,
      submittedAt: sql<Date>`${submittedAt}`.mapWith(orders.updatedAt),
    })
    .from(orders)
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .leftJoin(writers, eq(writers.id, orders.writerId))
    .where(and(eq(orders.status, "in_review"), orderScope(actor)))
    .orderBy(asc(submittedAt), asc(orders.createdAt));
}

import { and, asc, eq } from "drizzle-orm";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { comments, orders, users } from "@/lib/db/schema";

/** An order's comments, oldest first, with each author's name and role; empty if not visible. */
export async function listComments(db: DbOrTx, actor: Actor, orderId: string) {
  return db
    .select({
      id: comments.id,
      kind: comments.kind,
      body: comments.body,
      quote: comments.quote,
      anchorStart: comments.anchorStart,
      anchorEnd: comments.anchorEnd,
      versionId: comments.versionId,
      createdAt: comments.createdAt,
      authorName: users.name,
      authorRole: users.role,
    })
    .from(comments)
    .innerJoin(orders, eq(orders.id, comments.orderId))
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.orderId, orderId), orderScope(actor)))
    .orderBy(asc(comments.createdAt));
}

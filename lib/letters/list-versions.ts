import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders, users } from "@/lib/db/schema";
import { workspaceScope } from "@/lib/desk/workspace-scope";

export type VersionSummary = Awaited<ReturnType<typeof listVersions>>[number];

/** Every version of an order's letter, oldest first, with who or what wrote it; empty if not visible. */
export async function listVersions(db: DbOrTx, actor: Actor, orderId: string) {
  return db
    .select({
      id: letterVersions.id,
      number: letterVersions.number,
      authorKind: letterVersions.authorKind,
      authorName: users.name,
      note: letterVersions.note,
      createdAt: letterVersions.createdAt,
      body: letterVersions.body,
    })
    .from(letterVersions)
    .innerJoin(orders, eq(orders.id, letterVersions.orderId))
    .leftJoin(users, eq(users.id, letterVersions.authorId))
    .where(and(eq(letterVersions.orderId, orderId), workspaceScope(actor)))
    .orderBy(asc(letterVersions.number));
}

import { desc, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions } from "@/lib/db/schema";

/** The current text (highest version) of each order's letter. Callers have already checked access. */
export async function latestBodies(db: DbOrTx, orderIds: string[]): Promise<Map<string, string>> {
  if (orderIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([letterVersions.orderId], { orderId: letterVersions.orderId, body: letterVersions.body })
    .from(letterVersions)
    .where(inArray(letterVersions.orderId, orderIds))
    .orderBy(letterVersions.orderId, desc(letterVersions.number));
  return new Map(rows.map((r) => [r.orderId, r.body]));
}

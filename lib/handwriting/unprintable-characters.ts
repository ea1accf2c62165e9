import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders } from "@/lib/db/schema";
import { undrawableCharacters } from "./hands";

/** The characters of an order's latest letter that its hand cannot write (empty when there is no letter). */
export async function unprintableCharacters(db: DbOrTx, orderId: string): Promise<string[]> {
  const [latest] = await db
    .select({ body: letterVersions.body, style: orders.handwritingStyle })
    .from(letterVersions)
    .innerJoin(orders, eq(orders.id, letterVersions.orderId))
    .where(eq(letterVersions.orderId, orderId))
    .orderBy(desc(letterVersions.number))
    .limit(1);
  return latest ? undrawableCharacters(latest.style, latest.body) : [];
}

import { asc, eq } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";

/** The writers an editor or admin can hand a letter to; nobody else gets the list. */
export async function listWriters(db: DbOrTx, actor: Actor): Promise<{ id: string; name: string }[]> {
  if (!can(actor, "order.assign")) return [];
  return db.select({ id: users.id, name: users.name }).from(users).where(eq(users.role, "writer")).orderBy(asc(users.name));
}

import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";

/** Writers an order can be assigned to, by name. */
export async function listWriters(db: DbOrTx) {
  return db.select({ id: users.id, name: users.name }).from(users).where(eq(users.role, "writer")).orderBy(asc(users.name));
}

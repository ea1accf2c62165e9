import { desc } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { mailOutbox } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";

/** The newest stored emails, for the admin's outbox page. */
export async function listOutbox(db: DbOrTx, actor: Actor, limit = 200) {
  if (!can(actor, "outbox.view")) throw notFound("That page");
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}

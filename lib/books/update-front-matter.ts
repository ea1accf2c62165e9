import { eq } from "drizzle-orm";
import { can, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { collections } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { auditCollection } from "./audit-collection";
import type { FrontMatterInput } from "./collection-schema";

/** Saves the title page, dedication, foreword, back-cover blurb and print settings of a book. */
export async function updateFrontMatter(db: DbOrTx, actor: Actor, input: FrontMatterInput): Promise<void> {
  if (!can(actor, "collection.manage")) throw notFound("That collection");
  const { collectionId, ...frontMatter } = input;
  await db.transaction(async (tx) => {
    const [updated] = await tx.update(collections).set(frontMatter).where(eq(collections.id, collectionId)).returning({ id: collections.id });
    if (!updated) throw notFound("That collection");
    await auditCollection(tx, actor, "collection.front_matter", collectionId);
  });
}

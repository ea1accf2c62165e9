import { and, asc, count, ilike, inArray, type SQL } from "drizzle-orm";
import { z } from "zod";
import { orderScope, recipientScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients } from "@/lib/db/schema";
import type { Keyset } from "@/lib/lists/keyset";
import { listPage } from "@/lib/lists/list-page";
import { containsPattern, cursorParam, searchParam } from "@/lib/lists/list-params";

/** The address book's query string: a search by name, and the page. */
export const recipientFilterSchema = z.object({ q: searchParam, cursor: cursorParam });

export type RecipientFilter = z.infer<typeof recipientFilterSchema>;

const byName: Keyset = {
  keys: [
    { expr: recipients.name, type: "text" },
    { expr: recipients.id, type: "uuid" },
  ],
  direction: "asc",
};

// What the address book and the brief's recipient picker show (and hasPostalAddress needs).
const shown = {
  id: recipients.id,
  name: recipients.name,
  relationship: recipients.relationship,
  addressLine1: recipients.addressLine1,
  city: recipients.city,
  country: recipients.country,
};

/** The actor's address book, by name, a page at a time, each with how many letters were ordered for them. */
export async function listRecipients(db: DbOrTx, actor: Actor, filter: RecipientFilter = {}) {
  const conditions: SQL[] = [recipientScope(actor)];
  if (filter.q) conditions.push(ilike(recipients.name, containsPattern(filter.q)));
  const page = await listPage(db, {
    keyset: byName,
    cursor: filter.cursor,
    table: recipients,
    where: and(...conditions),
    countKey: `recipients:${actor.id}:${filter.q ?? ""}`,
    select: (cursorKey) =>
      db
        .select({ ...shown, cursorKey })
        .from(recipients)
        .$dynamic(),
  });
  // Letters are counted for this page's recipients only, from the orders-by-recipient index.
  const ids = page.rows.map((r) => r.id);
  const counts = ids.length
    ? await db
        .select({ recipientId: orders.recipientId, letters: count() })
        .from(orders)
        .where(and(inArray(orders.recipientId, ids), orderScope(actor)))
        .groupBy(orders.recipientId)
    : [];
  const letters = new Map(counts.map((c) => [c.recipientId, c.letters]));
  return { ...page, rows: page.rows.map((r) => ({ ...r, letterCount: letters.get(r.id) ?? 0 })) };
}

/** Every recipient in the actor's address book, by name, with what the brief form's picker needs. */
export async function listRecipientChoices(db: DbOrTx, actor: Actor) {
  return db
    .select(shown)
    .from(recipients)
    .where(recipientScope(actor))
    .orderBy(asc(recipients.name), asc(recipients.id));
}

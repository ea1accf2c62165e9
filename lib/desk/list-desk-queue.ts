import { and, eq, isNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { orders, recipients, type OrderStatus } from "@/lib/db/schema";
import type { Keyset } from "@/lib/lists/keyset";
import { listPage } from "@/lib/lists/list-page";
import { cursorParam, listParam } from "@/lib/lists/list-params";
import { statusIs } from "@/lib/orders/status-is";

/** A writer's letters still in their hands or the client's: everything before approval. */
export const ACTIVE_FOR_WRITER = ["assigned", "drafting", "in_review", "with_client", "revision_requested"] as const satisfies readonly OrderStatus[];

/** The desk's query string: a status for my letters, and a page of each list. */
export const deskFilterSchema = z.object({
  status: listParam(z.enum(ACTIVE_FOR_WRITER)),
  mine: cursorParam,
  pool: cursorParam,
});

export type DeskFilter = z.infer<typeof deskFilterSchema>;

// Soonest deadline first, none last (the same expression as the desk and pool indexes), then oldest.
const byDeadline: Keyset = {
  keys: [
    { expr: sql`coalesce(${orders.deadline}, 'infinity'::date)`, type: "date" },
    { expr: orders.createdAt, type: "timestamptz" },
    { expr: orders.id, type: "uuid" },
  ],
  direction: "asc",
};

// Two lists on one page, each row with its own claim or assign form: 25 rows each keep the page light.
const DESK_PAGE_SIZE = 25;

function deskList(db: DbOrTx, actor: Actor, where: SQL, cursor: string | undefined, countKey: string) {
  return listPage(db, {
    keyset: byDeadline,
    cursor,
    pageSize: DESK_PAGE_SIZE,
    table: orders,
    where: and(orderScope(actor), where),
    countKey,
    select: (cursorKey) =>
      db
        .select({
          id: orders.id,
          status: orders.status,
          occasion: orders.occasion,
          length: orders.length,
          deadline: orders.deadline,
          createdAt: orders.createdAt,
          recipientName: recipients.name,
          cursorKey,
        })
        .from(orders)
        .leftJoin(recipients, eq(recipients.id, orders.recipientId))
        .$dynamic(),
  });
}

export type DeskRow = Awaited<ReturnType<typeof listDeskQueue>>["mine"]["rows"][number];

/**
 * The desk, a page of each: the actor's own letters not yet approved (optionally of one status),
 * and the open pool of paid orders nobody has claimed, each soonest deadline first.
 */
export async function listDeskQueue(db: DbOrTx, actor: Actor, filter: DeskFilter = {}) {
  const statuses = filter.status ? [filter.status] : ACTIVE_FOR_WRITER;
  const [mine, pool] = await Promise.all([
    deskList(db, actor, and(eq(orders.writerId, actor.id), statusIs(statuses))!, filter.mine, `desk-mine:${actor.id}:${filter.status ?? ""}`),
    deskList(db, actor, and(statusIs(["paid"]), isNull(orders.writerId))!, filter.pool, "desk-pool"),
  ]);
  return { mine, pool };
}

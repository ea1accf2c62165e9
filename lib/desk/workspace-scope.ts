import { and, eq, sql, type SQL } from "drizzle-orm";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import { orders } from "@/lib/db/schema";

/**
 * Orders whose letter the actor may open in a workspace: a writer only the orders assigned to them
 * (the open pool is visible for claiming, not for reading), editors and admins all. Clients never.
 */
export function workspaceScope(actor: Actor): SQL {
  switch (actor.role) {
    case "writer":
      return and(orderScope(actor), eq(orders.writerId, actor.id))!;
    case "editor":
    case "admin":
      return orderScope(actor);
    case "client":
      return sql`false`;
  }
}

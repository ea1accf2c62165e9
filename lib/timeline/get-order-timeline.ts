import { and, asc, eq } from "drizzle-orm";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, orders, type OrderStatus } from "@/lib/db/schema";
import { eventLabel, statusLabel, transitions, type OrderEvent } from "@/lib/orders/state-machine";

export type TimelineEntry = {
  id: number;
  label: string;
  /** Who did it, as the viewer would say it: "You", "Your writer", "Our team"; null for automatic steps. */
  by: string | null;
  toStatus: OrderStatus | null;
  at: Date;
};

const otherLabels: Record<string, string> = {
  "order.place": "Order placed",
  "consent.grant": "Publication allowed",
  "consent.revoke": "Publication no longer allowed",
};

function labelFor(action: string, toStatus: string | null): string {
  const event = action.replace(/^order\./, "");
  if (action.startsWith("order.") && event in transitions) return eventLabel(event as OrderEvent);
  return otherLabels[action] ?? (toStatus ? statusLabel(toStatus as OrderStatus) : "Updated");
}

function byWhom(viewer: Actor, actorId: string | null, actorRole: string): string | null {
  if (actorId && actorId === viewer.id) return "You";
  switch (actorRole) {
    case "client":
      return "The client";
    case "writer":
      return viewer.role === "client" ? "Your writer" : "The writer";
    case "editor":
      return "Our editor";
    case "admin":
      return "Our team";
    default:
      return null;
  }
}

/** Every recorded step of an order, oldest first, labelled for people; empty if the actor may not see it. */
export async function getOrderTimeline(db: DbOrTx, actor: Actor, orderId: string): Promise<TimelineEntry[]> {
  const rows = await db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorRole: auditLog.actorRole,
      toStatus: auditLog.toStatus,
      createdAt: auditLog.createdAt,
    })
    .from(auditLog)
    .innerJoin(orders, eq(orders.id, auditLog.entityId))
    .where(and(eq(auditLog.entityType, "order"), eq(auditLog.entityId, orderId), orderScope(actor)))
    .orderBy(asc(auditLog.id));
  return rows.map((r) => ({
    id: r.id,
    label: labelFor(r.action, r.toStatus),
    by: byWhom(actor, r.actorId, r.actorRole),
    toStatus: r.toStatus as OrderStatus | null,
    at: r.createdAt,
  }));
}

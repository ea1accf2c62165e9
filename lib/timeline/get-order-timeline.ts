import { and, asc, eq } from "drizzle-orm";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, letterVersions, orders, payments, refunds, type OrderStatus } from "@/lib/db/schema";
import { formatMoney } from "@/lib/orders/pricing";
import { eventLabel, statusLabel, transitions, type OrderEvent } from "@/lib/orders/state-machine";

export type TimelineEntry = {
  id: string;
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
  "order.reassign": "Given to another writer",
  "order.batch": "Added to a print run",
};

function labelFor(action: string, toStatus: string | null, detail: Record<string, unknown> | null): string {
  // A mailed letter's tracking reference, so the client can follow it.
  if (action === "order.mark_mailed" && typeof detail?.tracking === "string") return `Mailed · tracking reference ${detail.tracking}`;
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

/**
 * Every recorded step of an order, oldest first, labelled for people; empty if the actor may not
 * see it. Besides the order's own audit trail, what staff did to the client's letter shows too:
 * an editor's edits and refunds, so a client sees every hand that touched it.
 */
export async function getOrderTimeline(db: DbOrTx, actor: Actor, orderId: string): Promise<TimelineEntry[]> {
  const visible = and(eq(orders.id, orderId), orderScope(actor));
  const [steps, edits, refunded] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        action: auditLog.action,
        actorId: auditLog.actorId,
        actorRole: auditLog.actorRole,
        toStatus: auditLog.toStatus,
        detail: auditLog.detail,
        createdAt: auditLog.createdAt,
      })
      .from(auditLog)
      .innerJoin(orders, eq(orders.id, auditLog.entityId))
      .where(and(eq(auditLog.entityType, "order"), visible))
      .orderBy(asc(auditLog.id)),
    db
      .select({ id: letterVersions.id, authorId: letterVersions.authorId, number: letterVersions.number, createdAt: letterVersions.createdAt })
      .from(letterVersions)
      .innerJoin(orders, eq(orders.id, letterVersions.orderId))
      .where(and(eq(letterVersions.authorKind, "editor"), visible)),
    db
      .select({ id: refunds.id, amountCents: refunds.amountCents, currency: payments.currency, createdById: refunds.createdById, createdAt: refunds.createdAt })
      .from(refunds)
      .innerJoin(payments, eq(payments.id, refunds.paymentId))
      .innerJoin(orders, eq(orders.id, payments.orderId))
      .where(visible),
  ]);
  const entries: TimelineEntry[] = [
    ...steps.map((r) => ({
      id: `a${r.id}`,
      label: labelFor(r.action, r.toStatus, r.detail),
      by: byWhom(actor, r.actorId, r.actorRole),
      toStatus: r.toStatus as OrderStatus | null,
      at: r.createdAt,
    })),
    ...edits.map((v) => ({ id: `v${v.id}`, label: `Letter edited (version ${v.number})`, by: byWhom(actor, v.authorId, "editor"), toStatus: null, at: v.createdAt })),
    ...refunded.map((r) => ({
      id: `r${r.id}`,
      label: `Refunded ${formatMoney(r.amountCents, r.currency)}`,
      by: byWhom(actor, r.createdById, "admin"),
      toStatus: null,
      at: r.createdAt,
    })),
  ];
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}

// The order state machine: one table of transitions. Nothing else changes an order's status.
import { eq, sql } from "drizzle-orm";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { auditLog, orders, type Order, type OrderStatus, type Role } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { lockOrder } from "./lock-order";

/** Payments and scheduled work act as the system, never as a signed-in person. */
export const SYSTEM = { id: null, role: "system" } as const;
export type TransitionActor = Actor | typeof SYSTEM;

type Transition = {
  from: readonly OrderStatus[];
  to: OrderStatus;
  by: readonly (Role | "system")[];
  /** Returns why this actor may not take this order through, or null when they may. */
  guard?: (order: Order, actor: TransitionActor) => string | null;
  /** Further columns the transition sets, besides the status. */
  set?: (order: Order, actor: TransitionActor, input: TransitionInput) => Partial<Order>;
  /** The client, or the writers and editors it concerns, are told (through the job queue, queued in the same transaction). */
  notify?: boolean;
  label: string;
};

export type TransitionInput = { writerId?: string; detail?: Record<string, unknown> };

const ownsOrder = (order: Order, actor: TransitionActor) =>
  actor.role !== "client" || order.clientId === actor.id ? null : "This is not your order.";
const isAssignedWriter = (order: Order, actor: TransitionActor) =>
  actor.role !== "writer" || order.writerId === actor.id ? null : "This order is assigned to another writer.";

export const transitions = {
  pay: { from: ["draft"], to: "paid", by: ["system"], notify: true, label: "Paid" },
  claim: {
    from: ["paid"],
    to: "assigned",
    by: ["writer"],
    guard: (order) => (order.writerId ? "Another writer has already claimed this order." : null),
    set: (_order, actor) => ({ writerId: actor.id }),
    label: "Claimed by a writer",
  },
  assign: {
    from: ["paid"],
    to: "assigned",
    by: ["editor", "admin"],
    set: (_order, _actor, input) => {
      if (!input.writerId) throw new AppError("INVALID", "Choose a writer to assign.");
      return { writerId: input.writerId };
    },
    label: "Assigned to a writer",
  },
  start_drafting: {
    from: ["assigned", "revision_requested"],
    to: "drafting",
    by: ["writer", "editor", "admin"],
    guard: isAssignedWriter,
    label: "Drafting started",
  },
  submit_for_review: {
    from: ["drafting"],
    to: "in_review",
    by: ["writer"],
    guard: isAssignedWriter,
    notify: true,
    label: "Submitted for review",
  },
  return_to_writer: {
    from: ["in_review"],
    to: "drafting",
    by: ["editor", "admin"],
    label: "Returned to the writer with notes",
  },
  send_to_client: {
    from: ["in_review"],
    to: "with_client",
    by: ["editor", "admin"],
    notify: true,
    label: "Sent to the client to read",
  },
  request_revision: {
    from: ["with_client"],
    to: "revision_requested",
    by: ["client"],
    guard: (order, actor) =>
      ownsOrder(order, actor) ??
      (order.revisionRoundsUsed >= order.revisionRoundsIncluded
        ? "All included revision rounds have been used."
        : null),
    set: (order) => ({ revisionRoundsUsed: order.revisionRoundsUsed + 1 }),
    notify: true,
    label: "Changes requested by the client",
  },
  approve: { from: ["with_client"], to: "approved", by: ["client"], guard: ownsOrder, label: "Approved by the client" },
  // Cheap to undo until our team starts on it: the letter goes back to the client to read.
  undo_approval: { from: ["approved"], to: "with_client", by: ["client"], guard: ownsOrder, label: "Approval undone by the client" },
  mark_printed: {
    from: ["approved"],
    to: "printed",
    by: ["admin"],
    guard: (order) => (order.delivery === "mail" ? null : "This letter is delivered as a PDF, not printed."),
    label: "Printed",
  },
  mark_mailed: {
    from: ["printed"],
    to: "mailed",
    by: ["admin"],
    set: (_order, _actor, input) => ({ trackingReference: typeof input.detail?.tracking === "string" ? input.detail.tracking : null }),
    notify: true,
    label: "Mailed",
  },
  mark_delivered: {
    from: ["approved"],
    to: "delivered",
    by: ["admin", "system"],
    guard: (order) => (order.delivery === "pdf" ? null : "This letter is mailed, not delivered as a PDF."),
    notify: true,
    label: "Delivered as a PDF",
  },
  cancel: {
    from: ["draft", "paid", "assigned"],
    to: "cancelled",
    by: ["client", "admin"],
    guard: (order, actor) =>
      actor.role === "client" && order.status !== "draft"
        ? "A paid order can only be cancelled by our team; please contact us."
        : ownsOrder(order, actor),
    label: "Cancelled",
  },
  refund: {
    // Any order that was paid for can be refunded, even after delivery: an unhappy client comes first.
    from: ["paid", "assigned", "drafting", "in_review", "with_client", "revision_requested", "approved", "printed", "mailed", "delivered", "cancelled"],
    to: "refunded",
    by: ["admin", "system"],
    label: "Refunded",
  },
} as const satisfies Record<string, Transition>;

export type OrderEvent = keyof typeof transitions;

/** The events this actor could take this order through now: used to show only buttons that work. */
export function availableEvents(order: Order, actor: TransitionActor): OrderEvent[] {
  return (Object.keys(transitions) as OrderEvent[]).filter((event) => whyNot(order, actor, event) === null);
}

function whyNot(order: Order, actor: TransitionActor, event: OrderEvent): string | null {
  const t: Transition = transitions[event];
  if (!t.by.includes(actor.role)) return "You cannot do that.";
  // Most often a double submit or two people at once: the first one won.
  if (order.status === t.to) return `Already done: this order is now “${statusLabel(order.status)}”.`;
  if (!t.from.includes(order.status)) return `This order is ${statusLabel(order.status).toLowerCase()} now.`;
  return t.guard?.(order, actor) ?? null;
}

/**
 * Takes an order through one transition, in one transaction: locks the row (as the actor may see
 * it), checks the table, updates it and writes the audit log.
 */
export async function applyTransition(
  db: DbOrTx,
  actor: TransitionActor,
  orderId: string,
  event: OrderEvent,
  input: TransitionInput = {},
): Promise<Order> {
  return db.transaction(async (tx) => {
    const scope = actor.role === "system" ? sql`true` : orderScope(actor);
    const order = await lockOrder(tx, orderId, scope);
    if (!order) throw notFound("That order");
    const reason = whyNot(order, actor, event);
    if (reason) throw new AppError("CONFLICT", reason);
    const t: Transition = transitions[event];
    const [updated] = await tx
      .update(orders)
      .set({ ...t.set?.(order, actor, input), status: t.to, updatedAt: new Date(), statusChangedAt: sql`now()` })
      .where(eq(orders.id, orderId))
      .returning();
    await tx.insert(auditLog).values({
      actorId: actor.id,
      actorRole: actor.role,
      action: `order.${event}`,
      entityType: "order",
      entityId: orderId,
      fromStatus: order.status,
      toStatus: t.to,
      detail: input.detail ?? {},
    });
    if (t.notify) await enqueueJob(tx, "order.notify", { orderId, event });
    return updated;
  });
}

const statusLabels: Record<OrderStatus, string> = {
  draft: "Awaiting payment",
  paid: "Waiting for a writer",
  assigned: "Writer assigned",
  drafting: "Being written",
  in_review: "With our editor",
  with_client: "Ready for you to read",
  revision_requested: "Changes requested",
  approved: "Approved",
  printed: "Printed",
  mailed: "Mailed",
  delivered: "Delivered",
  cancelled: "Cancelled",
  refunded: "Refunded",
};

// Writers, editors and admins need to know where the letter is in the work, not what the client
// should do next.
const staffLabels: Partial<Record<OrderStatus, string>> = {
  paid: "In the pool",
  assigned: "Not started",
  drafting: "Drafting",
  in_review: "In review",
  with_client: "With the client",
};

export type Audience = "client" | "staff";

export function statusLabel(status: OrderStatus, audience: Audience = "client"): string {
  return (audience === "staff" && staffLabels[status]) || statusLabels[status];
}

export function eventLabel(event: OrderEvent): string {
  return transitions[event].label;
}

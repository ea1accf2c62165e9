// The one place that decides who may see and do what. Role abilities are data; record access is a
// SQL condition built into every query, so a row the actor may not see simply does not come back.
import { and, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { orders, recipients, roleEnum, type Role } from "@/lib/db/schema";

// sessionId: the browser session the actor acts through (kept when they change their password).
// twoStepMissing: an admin without two-step sign-in where REQUIRE_ADMIN_TOTP asks for it; such a
// session may only set it up (see session.ts).
export type Actor = { id: string; role: Role; name: string; email: string; sessionId?: string; twoStepMissing?: true };

/** Staff may turn on two-step sign-in (and admins must, when REQUIRE_ADMIN_TOTP is set). */
export const staffRoles: readonly Role[] = ["writer", "editor", "admin"];

/** For what every signed-in person may do to their own account. */
export const everyRole: readonly Role[] = roleEnum.enumValues;

export const abilities = {
  "order.create": ["client"],
  "order.pay": ["client"],
  "order.readLetter": ["client", "writer", "editor", "admin"],
  "order.assign": ["editor", "admin"],
  "order.review": ["editor", "admin"],
  "order.fulfil": ["admin"],
  "order.refund": ["admin"],
  "letter.write": ["writer", "editor"],
  "recipient.manage": ["client"],
  "collection.manage": ["admin"],
  "admin.view": ["editor", "admin"],
  "outbox.view": ["admin"],
  "jobs.manage": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof abilities;

export function can(actor: Actor | null | undefined, ability: Ability): actor is Actor {
  return !!actor && (abilities[ability] as readonly Role[]).includes(actor.role);
}

/** Orders the actor may see: a client their own; a writer theirs and the open pool; staff all. */
export function orderScope(actor: Actor): SQL {
  switch (actor.role) {
    case "client":
      return eq(orders.clientId, actor.id);
    case "writer":
      return or(eq(orders.writerId, actor.id), and(eq(orders.status, "paid"), isNull(orders.writerId)))!;
    case "editor":
    case "admin":
      return sql`true`;
  }
}

/** Recipients the actor may see directly: clients their own address book; staff all. */
export function recipientScope(actor: Actor): SQL {
  if (actor.role === "client") return eq(recipients.clientId, actor.id);
  if (actor.role === "editor" || actor.role === "admin") return sql`true`;
  // Writers read recipients only through the orders they work on.
  return sql`false`;
}

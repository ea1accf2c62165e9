import { and, desc, eq, sql } from "drizzle-orm";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders, type LetterVersion, type OrderStatus, type Role } from "@/lib/db/schema";
import { AppError, notFound } from "@/lib/errors";
import { applyTransition } from "@/lib/orders/state-machine";

export const MAX_LETTER_CHARS = 40_000;

// Who may write a new version in which state. Writers draft; editors edit during review.
const writableBy: Record<Role, readonly OrderStatus[]> = {
  client: [],
  writer: ["assigned", "drafting", "revision_requested"],
  editor: ["in_review", "drafting"],
  admin: ["in_review", "drafting"],
};

/** Whether someone of this role may save a new version while the order is in this state. */
export function canWriteVersion(role: Role, status: OrderStatus): boolean {
  return writableBy[role].includes(status);
}

export type SaveInput = {
  body: string;
  /** The version number the author's text was based on (0 for none): a save on an older base is refused. */
  baseNumber: number;
  authorKind?: "writer" | "ai" | "editor";
  note?: string;
};

/**
 * Saves the letter as a new version; nothing is ever overwritten. Optimistic concurrency: if
 * someone saved after the author's base version, the save is refused with CONFLICT and the
 * caller keeps the author's text to merge.
 */
export async function saveVersion(db: DbOrTx, actor: Actor, orderId: string, input: SaveInput): Promise<LetterVersion> {
  // Browsers submit textarea line breaks as \r\n but show \n: store \n so positions taken in the
  // browser (passage comments, proofreading) point at the same characters on the server.
  const body = input.body.replace(/\r\n?/g, "\n");
  if (body.length > MAX_LETTER_CHARS) throw new AppError("INVALID", "The letter is too long to save.");
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(and(eq(orders.id, orderId), orderScope(actor))).for("update");
    if (!order) throw notFound("That order");
    if (actor.role === "writer" && order.writerId !== actor.id) throw notFound("That order");
    if (!canWriteVersion(actor.role, order.status)) {
      throw new AppError("CONFLICT", "This letter cannot be edited in its current state.");
    }
    const [latest] = await tx
      .select({ id: letterVersions.id, number: letterVersions.number })
      .from(letterVersions)
      .where(eq(letterVersions.orderId, orderId))
      .orderBy(desc(letterVersions.number))
      .limit(1);
    const latestNumber = latest?.number ?? 0;
    if (input.baseNumber !== latestNumber) {
      throw new AppError(
        "CONFLICT",
        `Someone saved version ${latestNumber} while you were writing. Your text is still here: copy it, reload, and merge.`,
      );
    }
    if (order.status === "assigned" || order.status === "revision_requested") {
      await applyTransition(tx, actor, orderId, "start_drafting");
    }
    const [version] = await tx
      .insert(letterVersions)
      .values({
        orderId,
        number: latestNumber + 1,
        body,
        authorKind: input.authorKind ?? (actor.role === "writer" ? "writer" : "editor"),
        authorId: actor.id,
        parentId: latest?.id ?? null,
        note: input.note ?? "",
      })
      .returning();
    await tx.update(orders).set({ updatedAt: sql`now()` }).where(eq(orders.id, orderId));
    return version;
  });
}

import { and, desc, eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import { addComment } from "@/lib/comments/add-comment";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders, type Order } from "@/lib/db/schema";
import { workspaceScope } from "@/lib/desk/workspace-scope";
import { AppError, notFound } from "@/lib/errors";
import { applyTransition, availableEvents } from "@/lib/orders/state-machine";
import { computeAiShare } from "./compute-ai-share";
import { MIN_OVERRIDE_REASON } from "./override-reason";
import { reviewChecklist } from "./review-checklist";

/**
 * The writer hands the letter to the editor. There must be a saved version to read, and the
 * checklist on it must be clean (no open spelling suggestions, every fact of the brief covered),
 * unless the writer says why it should go as it is: that reason goes to the editor as a note and
 * into the audit log. The order's AI share is measured on the text being submitted.
 */
export async function submitForReview(
  db: DbOrTx,
  actor: Actor,
  orderId: string,
  { overrideReason = "" }: { overrideReason?: string } = {},
): Promise<Order> {
  return db.transaction(async (tx) => {
    // Locked first, so no save slips in between the versions read here and the status change.
    const [order] = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.id, orderId), workspaceScope(actor)))
      .for("update");
    if (!order) throw notFound("That order");
    const versions = await tx
      .select({ id: letterVersions.id, number: letterVersions.number, body: letterVersions.body, authorKind: letterVersions.authorKind })
      .from(letterVersions)
      .where(eq(letterVersions.orderId, orderId))
      .orderBy(desc(letterVersions.number));
    if (versions.length === 0) throw new AppError("CONFLICT", "Save a version of the letter before submitting it for review.");
    // An order that cannot be submitted anyway gets the state machine's reason, not a checklist.
    if (!availableEvents(order, actor).includes("submit_for_review")) return applyTransition(tx, actor, orderId, "submit_for_review");

    const [latest] = versions;
    const checklist = await reviewChecklist(tx, actor, orderId, latest.body);
    const reason = overrideReason.trim();
    if (!checklist.clean && reason.length < MIN_OVERRIDE_REASON) {
      throw new AppError(
        "CONFLICT",
        `Before you submit: ${checklist.open.join("; ")}. Fix these, or give a reason for submitting anyway.`,
        reason ? { overrideReason: [`Please give a reason of at least ${MIN_OVERRIDE_REASON} characters.`] } : undefined,
      );
    }
    // The audit log keeps counts, not the letter's words; the note carries the items for the editor.
    const detail = checklist.clean
      ? {}
      : { checklistOverride: { reason, openItems: checklist.open.length, version: latest.number } };
    const submitted = await applyTransition(tx, actor, orderId, "submit_for_review", { detail });
    if (!checklist.clean) {
      await addComment(
        tx,
        actor,
        orderId,
        { body: `Submitted with open checklist items: ${checklist.open.join("; ")}. Reason: ${reason}`, versionId: latest.id },
        "review_note",
      );
    }
    const aiShare = computeAiShare(versions);
    await tx.update(orders).set({ aiShare }).where(eq(orders.id, orderId));
    return { ...submitted, aiShare };
  });
}

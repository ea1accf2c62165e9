import type { Order } from "@/lib/db/schema";

/**
 * Why the client cannot buy another round of changes now, or null when they can: only while they
 * are reading the letter and the included rounds are used up, which is exactly when
 * request_revision refuses.
 */
export function whyNoExtraRevision(order: Pick<Order, "status" | "revisionRoundsUsed" | "revisionRoundsIncluded">): string | null {
  if (order.status !== "with_client") return "Another round of changes can be bought while the letter is with you to read.";
  if (order.revisionRoundsUsed < order.revisionRoundsIncluded) return "You still have a round of changes included: request changes instead.";
  return null;
}

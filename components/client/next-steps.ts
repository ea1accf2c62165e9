import type { OrderStatus } from "@/lib/db/schema";

/** What happens next, from the client's side, for each status of their order. */
export const nextSteps: Record<OrderStatus, string> = {
  draft: "Your brief is saved. Once you pay, a writer can pick it up.",
  paid: "Thank you! A writer will pick up your letter soon.",
  assigned: "A writer has your brief and will start on your letter shortly.",
  drafting: "Your writer is working on the letter. We will let you know when it is ready to read.",
  in_review: "Your letter is written and our editor is reading it through before you see it.",
  with_client: "Your letter is ready. Read it, then approve it or tell us what you would like changed.",
  revision_requested: "Your writer has your notes and is revising the letter.",
  approved: "You approved the letter. We are preparing it for delivery.",
  printed: "Your letter is printed on the stationery you chose and will be posted soon.",
  mailed: "Your letter is in the post.",
  delivered: "Your letter has been delivered as a PDF. You can download it below at any time.",
  cancelled: "This order was cancelled.",
  refunded: "This order was refunded.",
};

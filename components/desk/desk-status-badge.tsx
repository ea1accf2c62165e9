import type { OrderStatus } from "@/lib/db/schema";
import { statusLabel } from "@/lib/orders/state-machine";

// The client-facing labels speak to the client ("Ready for you to read"); writers and editors
// need to know where the letter is in the work instead.
const deskLabels: Partial<Record<OrderStatus, string>> = {
  paid: "In the pool",
  assigned: "Not started",
  drafting: "Drafting",
  in_review: "In review",
  with_client: "With the client",
  revision_requested: "Changes requested",
};

export function DeskStatusBadge({ status }: { status: OrderStatus }) {
  return <span className={`badge s-${status}`}>{deskLabels[status] ?? statusLabel(status)}</span>;
}

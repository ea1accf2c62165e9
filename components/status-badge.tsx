import type { OrderStatus } from "@/lib/db/schema";
import { statusLabel } from "@/lib/orders/state-machine";

export function StatusBadge({ status }: { status: OrderStatus }) {
  return <span className={`badge s-${status}`}>{statusLabel(status)}</span>;
}

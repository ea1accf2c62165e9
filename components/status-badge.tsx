import type { OrderStatus } from "@/lib/db/schema";
import { statusLabel, type Audience } from "@/lib/orders/state-machine";

export function StatusBadge({ status, audience = "client" }: { status: OrderStatus; audience?: Audience }) {
  return <span className={`badge s-${status}`}>{statusLabel(status, audience)}</span>;
}

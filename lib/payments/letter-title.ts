import type { Order } from "@/lib/db/schema";
import { occasions } from "@/lib/orders/catalogue";

/** "Birthday letter for Margaret", reading naturally for every occasion ("Love letter", not "Love letter letter"). */
export function letterTitle(order: Pick<Order, "occasion">, recipientName?: string | null): string {
  const label = occasions[order.occasion];
  const kind = order.occasion === "other" ? "Letter" : /letter$/i.test(label) ? label : `${label} letter`;
  return recipientName ? `${kind} for ${recipientName}` : kind;
}

import type { Order } from "@/lib/db/schema";
import { quote, type PriceLine } from "@/lib/orders/pricing";

export type ReceiptTotals = { lines: PriceLine[]; subtotalCents: number; taxCents: number; totalCents: number };

/**
 * What one payment bought, line by line, with totals a bookkeeper can use. An order's lines are its
 * quote on the day it was placed (the letter, posting, a rush); if prices have changed since and
 * they no longer add up to what was paid, the receipt shows the letter as one line instead.
 * No sales tax is charged: the tax line says so rather than being left out.
 */
export function receiptLines(
  order: Pick<Order, "length" | "delivery" | "deadline" | "createdAt">,
  payment: { amountCents: number; purpose: string },
  letter: string,
): ReceiptTotals {
  const quoted = quote(order, order.createdAt).lines;
  const lines =
    payment.purpose === "extra_revision"
      ? [{ label: "Another round of changes", cents: payment.amountCents }]
      : quoted.reduce((sum, l) => sum + l.cents, 0) === payment.amountCents
        ? quoted
        : [{ label: letter, cents: payment.amountCents }];
  const subtotalCents = lines.reduce((sum, l) => sum + l.cents, 0);
  return { lines, subtotalCents, taxCents: 0, totalCents: subtotalCents };
}

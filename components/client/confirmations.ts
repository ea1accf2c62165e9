import type { Confirmation } from "@/components/confirm-button";
import type { Order } from "@/lib/db/schema";
import { stationeries } from "@/lib/orders/catalogue";
import type { Expectation } from "@/lib/orders/expected-dates";
import { formatDays } from "./expected-dates";

type ClientOrder = Pick<Order, "delivery" | "stationery" | "status"> & { recipientName: string | null };

/** What approving starts, said before it starts: the letter goes to print or to the PDF, and when it should arrive. */
export function approveConfirmation(order: ClientOrder, expectation: Expectation | null): Confirmation {
  const paper = stationeries[order.stationery as keyof typeof stationeries]?.label.toLowerCase() ?? "your stationery";
  const to = order.recipientName ?? "your recipient";
  const finish = expectation?.finish;
  const when = finish ? ` ${finish.label}: ${formatDays(finish.soonest, finish.latest)}.` : "";
  return {
    question: "Approve this letter?",
    consequence:
      order.delivery === "mail"
        ? `We will write it out on ${paper} paper and post it to ${to}. Once it is printed, the letter cannot be changed.${when}`
        : `We will prepare it as a PDF for you to download and send to ${to}. After that, the letter cannot be changed.${when}`,
    confirmLabel: order.delivery === "mail" ? "Approve and print" : "Approve and deliver",
    keepLabel: "Keep reading",
  };
}

/** Cancelling an unpaid order: nothing is charged, and the brief is not written. */
export function cancelConfirmation(order: ClientOrder): Confirmation {
  return {
    question: "Cancel this order?",
    consequence: `Your letter${order.recipientName ? ` to ${order.recipientName}` : ""} will not be written. Nothing has been paid, so nothing is charged. A cancelled order cannot be reopened.`,
    confirmLabel: "Yes, cancel the order",
    keepLabel: "Keep the order",
  };
}

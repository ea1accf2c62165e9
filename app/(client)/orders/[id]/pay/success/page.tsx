import type { Metadata } from "next";
import { CheckoutReturn, type CheckoutReturnMessages } from "@/components/client/checkout-return";

export const metadata: Metadata = { title: "Confirming your payment" };

const messages: CheckoutReturnMessages = {
  waiting: {
    title: "Your payment is on its way",
    body: "Stripe has not confirmed the payment yet (some bank payments take a few days). Your order moves on by itself as soon as it does.",
  },
  failed: { title: "The payment did not go through", body: "Nothing was charged. You can try again with another card." },
  mismatch: {
    title: "We could not confirm this payment",
    body: "The payment did not match your order's price, so the order has not been marked paid. Our team has been told and will refund anything taken.",
  },
  unknown: { title: "We could not find this payment", body: "Please go back to your order and try again." },
};

export default async function PaySuccessPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ session_id?: string }>;
}) {
  const { id } = await params;
  return (
    <CheckoutReturn
      orderId={id}
      sessionId={(await searchParams).session_id ?? ""}
      messages={messages}
      paidHref={`/orders/${id}?paid=1`}
      retryHref={`/orders/${id}/pay`}
      backLabel="Back to your order"
    />
  );
}

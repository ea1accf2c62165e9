import type { Metadata } from "next";
import { CheckoutReturn, type CheckoutReturnMessages } from "@/components/client/checkout-return";

export const metadata: Metadata = { title: "Confirming your payment" };

const messages: CheckoutReturnMessages = {
  waiting: {
    title: "Your payment is on its way",
    body: "Stripe has not confirmed the payment yet. The extra round of changes is added by itself as soon as it does.",
  },
  failed: { title: "The payment did not go through", body: "Nothing was charged. You can try again from your letter's page." },
  mismatch: {
    title: "We could not confirm this payment",
    body: "The payment did not match the price of another round, so no round was added. Our team has been told and will refund anything taken.",
  },
  unknown: { title: "We could not find this payment", body: "Please go back to your letter and try again." },
};

export default async function ExtraRoundSuccessPage({
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
      // The order page now shows the "Request changes" form.
      paidHref={`/orders/${id}#decide-heading`}
      backLabel="Back to your letter"
    />
  );
}

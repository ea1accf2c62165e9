"use server";
import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { formatMoney } from "@/lib/orders/pricing";
import { getStripe } from "@/lib/payments/get-stripe";
import { refundPayment, refundSchema } from "@/lib/payments/refund-payment";

export const refundPaymentAction = formAction(["admin"], refundSchema, async ({ amount, ...input }, actor) => {
  const payment = await refundPayment(await getDb(), getStripe(), actor, { ...input, amountCents: amount });
  revalidatePath("/admin/payments");
  revalidatePath(`/admin/orders/${payment.orderId}`);
  return { ok: true as const, message: `Refunded ${formatMoney(amount, payment.currency)}.` };
});

"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { appUrl, serviceModes } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { createCheckoutSession } from "@/lib/payments/create-checkout-session";
import { getStripe } from "@/lib/payments/get-stripe";
import { recordOfflinePayment } from "@/lib/payments/record-offline-payment";

const payInput = z.strictObject({ orderId: z.uuid("That order could not be found.") });

export const payOffline = formAction(["client"], payInput, async ({ orderId }, actor) => {
  // With Stripe configured this endpoint must not exist, or anyone could skip the card.
  if (serviceModes().payments !== "offline") throw notFound();
  await recordOfflinePayment(await getDb(), actor, orderId);
  revalidatePath(`/orders/${orderId}`);
  revalidatePath("/orders");
  redirect(`/orders/${orderId}?paid=1`);
});

export const payWithCard = formAction(["client"], payInput, async ({ orderId }, actor) => {
  const stripe = getStripe();
  if (!stripe) throw notFound();
  const url = await createCheckoutSession(await getDb(), stripe, actor, orderId, appUrl(await headers()));
  redirect(url);
});

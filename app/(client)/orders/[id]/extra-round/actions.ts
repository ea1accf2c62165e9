"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, type ActionState } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { appUrl, serviceModes } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { buyExtraRevisionOffline } from "@/lib/payments/buy-extra-revision-offline";
import { createCheckoutSession } from "@/lib/payments/create-checkout-session";
import { getStripe } from "@/lib/payments/get-stripe";

const buyInput = z.strictObject({ orderId: z.uuid("That order could not be found.") });

// Both answer in the same shape, so the card takes either.
export const buyExtraRoundOffline = formAction(["client"], buyInput, async ({ orderId }, actor): Promise<ActionState> => {
  // With Stripe configured this endpoint must not exist, or anyone could skip the card.
  if (serviceModes().payments !== "offline") throw notFound();
  await buyExtraRevisionOffline(await getDb(), actor, orderId);
  revalidatePath(`/orders/${orderId}`);
  return { ok: true, message: "Another round of changes is yours: tell us what to change." };
});

export const buyExtraRoundWithCard = formAction(["client"], buyInput, async ({ orderId }, actor): Promise<ActionState> => {
  const stripe = getStripe();
  if (!stripe) throw notFound();
  const url = await createCheckoutSession(await getDb(), stripe, actor, orderId, appUrl(await headers()), "extra_revision");
  redirect(url);
});

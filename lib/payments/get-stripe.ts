import "server-only";
import Stripe from "stripe";
import { env, serviceModes } from "@/lib/env";

let cached: Stripe | undefined;

/** The Stripe client when both keys are configured; null in offline payment mode. */
export function getStripe(): Stripe | null {
  const e = env();
  if (serviceModes(e).payments !== "stripe") return null;
  cached ??= new Stripe(e.STRIPE_SECRET_KEY!, { maxNetworkRetries: 2, appInfo: { name: "Beautiful Handwritten Letters" } });
  return cached;
}

"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { claimOrder } from "@/lib/desk/claim-order";

export const claim = formAction(["writer"], z.strictObject({ orderId: z.string() }), async ({ orderId }, actor) => {
  const order = await claimOrder(await getDb(), actor, orderId);
  redirect(`/desk/${order.id}`);
});

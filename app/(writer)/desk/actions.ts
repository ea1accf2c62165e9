"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { assignWriter } from "@/lib/desk/assign-writer";
import { claimOrder } from "@/lib/desk/claim-order";

export const claim = formAction(["writer"], z.strictObject({ orderId: z.string() }), async ({ orderId }, actor) => {
  const order = await claimOrder(await getDb(), actor, orderId);
  redirect(`/desk/${order.id}`);
});

export const assign = formAction(
  ["editor", "admin"],
  z.strictObject({ orderId: z.string(), writerId: z.string() }),
  async ({ orderId, writerId }, actor) => {
    await assignWriter(await getDb(), actor, orderId, writerId);
    revalidatePath("/desk");
    revalidatePath(`/admin/review/${orderId}`);
    revalidatePath(`/desk/${orderId}`);
    return { ok: true as const, message: "The letter has its writer." };
  },
);

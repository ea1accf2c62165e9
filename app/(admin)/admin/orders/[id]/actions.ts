"use server";
import { revalidatePath } from "next/cache";
import { fulfilOrder, fulfilmentSchema } from "@/lib/admin/fulfil-order";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { eventLabel } from "@/lib/orders/state-machine";

export const fulfilOrderAction = formAction(["editor", "admin"], fulfilmentSchema, async (input, actor) => {
  await fulfilOrder(await getDb(), actor, input);
  revalidatePath(`/admin/orders/${input.orderId}`);
  revalidatePath("/admin/orders");
  return { ok: true as const, message: `${eventLabel(input.event)}.` };
});

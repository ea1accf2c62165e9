"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { briefSchema } from "@/lib/orders/brief";
import { placeOrder } from "@/lib/orders/place-order";

export const submitBrief = formAction(["client"], briefSchema, async (brief, actor) => {
  const order = await placeOrder(await getDb(), actor, brief);
  revalidatePath("/orders");
  redirect(`/orders/${order.id}/pay`);
});

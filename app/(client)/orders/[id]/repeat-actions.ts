"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { cancelRepeatLetter } from "@/lib/recurring/cancel-repeat-letter";
import { setRepeatLetter } from "@/lib/recurring/set-repeat-letter";

const orderId = z.uuid("That order could not be found.");

function done(id: string, message: string) {
  revalidatePath(`/orders/${id}`);
  revalidatePath("/recipients", "layout");
  return { ok: true as const, message };
}

export const repeatLetter = formAction(
  ["client"],
  z.strictObject({
    orderId,
    nextDate: z.iso.date("Use a date like 2027-03-14."),
    remindDaysBefore: z.coerce
      .number("Enter a number of days.")
      .int("Enter a whole number of days.")
      .min(1, "Remind you at least a day before.")
      .max(90, "Up to 90 days before, please."),
  }),
  async ({ orderId: id, ...settings }, actor) => {
    await setRepeatLetter(await getDb(), actor, id, settings);
    return done(id, "We will write to them again every year.");
  },
);

export const stopRepeatLetter = formAction(
  ["client"],
  z.strictObject({ orderId, repeatId: z.uuid("That repeat letter could not be found.") }),
  async (input, actor) => {
    await cancelRepeatLetter(await getDb(), actor, input.repeatId);
    return done(input.orderId, "This letter will not be repeated.");
  },
);

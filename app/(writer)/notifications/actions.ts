"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/auth/action";
import { getDb } from "@/lib/db/client";
import { markAllRead } from "@/lib/notifications/list-notifications";

export const markNotificationsRead = formAction(["writer", "editor", "admin"], z.strictObject({}), async (_input, actor) => {
  await markAllRead(await getDb(), actor);
  revalidatePath("/", "layout");
  return { ok: true as const, message: "All caught up." };
});

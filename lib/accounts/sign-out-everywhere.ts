import type { Actor } from "@/lib/auth/permissions";
import { endEverySession } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";
import { recordAccountEvent } from "./record-account-event";

/** Ends every session of the actor, this browser's included. */
export async function signOutEverywhere(db: Db, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await endEverySession(tx, actor.id);
    await recordAccountEvent(tx, actor, "signed_out_everywhere");
  });
}

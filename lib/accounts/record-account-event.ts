import type { DbOrTx } from "@/lib/db/client";
import { auditLog, type Role } from "@/lib/db/schema";

export type AccountEvent = "password_changed" | "password_reset" | "email_changed" | "signed_out_everywhere" | "deleted" | "two_step_on" | "two_step_off" | "recovery_codes_renewed";

/** An audit row for a change to an account; it names the account, never the addresses or passwords. */
export async function recordAccountEvent(db: DbOrTx, user: { id: string; role: Role }, event: AccountEvent): Promise<void> {
  await db.insert(auditLog).values({ actorId: user.id, actorRole: user.role, action: `account.${event}`, entityType: "user", entityId: user.id });
}

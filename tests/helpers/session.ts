// Server actions read the session through next-auth's getServerSession. Tests that call the real
// actions mock that one function at the top of the file and choose who is signed in:
//   vi.mock("next-auth", async (original) => ({ ...(await original<object>()),
//     getServerSession: async () => (await import("../helpers/session")).currentSession() }));
//   vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));
import { eq } from "drizzle-orm";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";

let current: { user: { id: string; sv: number } } | null = null;

export async function signInAs(db: Db, actor: Actor | null) {
  if (!actor) {
    current = null;
    return;
  }
  const [row] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, actor.id));
  current = { user: { id: actor.id, sv: row.sv } };
}

export function currentSession() {
  return current;
}

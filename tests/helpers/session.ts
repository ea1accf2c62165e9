// Server actions read the session through next-auth's getServerSession. Tests that call the real
// actions mock that one function at the top of the file and choose who is signed in:
//   vi.mock("next-auth", async (original) => ({ ...(await original<object>()),
//     getServerSession: async () => (await import("../helpers/session")).currentSession() }));
//   vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));
import type { Actor } from "@/lib/auth/permissions";
import { startSession } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";

let current: { user: { id: string; sid: string } } | null = null;

/** Signs the actor in as a browser would: a new session row, named by the (mocked) cookie. */
export async function signInAs(db: Db, actor: Actor | null, userAgent = "vitest") {
  current = actor ? { user: { id: actor.id, sid: await startSession(db, actor.id, userAgent) } } : null;
  return current?.user.sid;
}

export function currentSession() {
  return current;
}

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

/** The person a letter is being given to, who must be a writer (not a client, not staff). */
export async function requireWriter(db: DbOrTx, writerId: string): Promise<{ id: string; name: string }> {
  const invalid = () => new AppError("INVALID", "Choose a writer.", { writerId: ["Choose one of the writers."] });
  if (!z.uuid().safeParse(writerId).success) throw invalid();
  const [writer] = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.id, writerId), eq(users.role, "writer")));
  if (!writer) throw invalid();
  return writer;
}

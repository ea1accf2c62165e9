import type { Actor } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { consumeLimit } from "@/lib/auth/rate-limit";
import type { Db } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { SignUpInput } from "./sign-up-schema";

// Deliberately vague: it must not confirm that someone else has an account with this address.
export const SIGN_UP_REFUSED = "We could not create an account with these details. If you already have an account, please sign in.";

/**
 * Creates a client account. Everyone who signs up is a client; staff accounts are made by admins.
 * The password is hashed before the address is checked, so a taken address answers no faster.
 */
export async function signUp(db: Db, input: SignUpInput, clientAddress: string): Promise<Actor> {
  // Every attempt counts, so one address cannot create accounts in bulk.
  await consumeLimit(db, "signUpAddress", clientAddress);
  const passwordHash = await hashPassword(input.password);
  const [user] = await db
    .insert(users)
    .values({ name: input.name, email: input.email, passwordHash, role: "client" })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id, role: users.role, name: users.name, email: users.email });
  if (!user) throw new AppError("INVALID", SIGN_UP_REFUSED);
  return user;
}

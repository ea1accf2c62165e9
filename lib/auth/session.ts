import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { authOptions } from "./options";
import type { Actor } from "./permissions";
import { findLiveSession } from "./sessions";

/**
 * The signed-in person as the database knows them now. A session that was ended (signed out,
 * ended from another device, or behind the user's session version) counts as signed out.
 */
// Once per request (React's cache): the layout and the page both ask, and the answer cannot change between them.
export const getActor = cache(async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const { id, sid } = session?.user ?? {};
  if (!id || !sid) return null;
  return findLiveSession(await getDb(), id, sid);
});

/** `twoStepSetup`: the account page and its actions, which an admin still without two-step sign-in may use. */
export type ActorOptions = { twoStepSetup?: boolean };

export const TWO_STEP_REQUIRED = "Admins must sign in with a code from an authenticator app here. Set up two-step sign-in on your account page first.";

/** For pages: sends strangers to sign in, and people of another role to their own home. */
export async function requirePageActor(roles: readonly Role[], options: ActorOptions = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (!roles.includes(actor.role)) redirect(homeFor(actor.role));
  if (actor.twoStepMissing && !options.twoStepSetup) redirect("/account?twoStep=required");
  return actor;
}

/** For route handlers and actions: throws instead of redirecting. */
export async function requireActor(roles: readonly Role[], options: ActorOptions = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED", "Please sign in again.");
  // Another role is answered like a missing record, so nothing is revealed.
  if (!roles.includes(actor.role)) throw new AppError("NOT_FOUND", "That page could not be found.");
  if (actor.twoStepMissing && !options.twoStepSetup) throw new AppError("UNAUTHENTICATED", TWO_STEP_REQUIRED);
  return actor;
}

export function homeFor(role: Role): string {
  switch (role) {
    case "client":
      return "/orders";
    case "writer":
      return "/desk";
    case "editor":
      return "/admin/review";
    case "admin":
      return "/admin";
  }
}

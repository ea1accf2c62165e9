// Signed-in browsers as rows (user_sessions): the JWT cookie only names its row, so ending a row
// ends that browser's session even if its cookie was copied, and the user can see and end them.
import { and, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { users, userSessions } from "@/lib/db/schema";
import type { Actor } from "./permissions";

/** Sessions last as long as next-auth's cookie (see options.ts). */
export const SESSION_DAYS = 30;
// Recording every request would be a write per page view; five minutes is precise enough to list.
const LAST_SEEN_PRECISION_MS = 5 * 60_000;

const sessionId = z.uuid();

export async function startSession(db: DbOrTx, userId: string, userAgent: string | undefined): Promise<string> {
  const [row] = await db
    .insert(userSessions)
    .values({
      userId,
      userAgent: userAgent?.slice(0, 300) ?? null,
      sessionVersion: sql`(select ${users.sessionVersion} from ${users} where ${users.id} = ${userId})`,
    })
    .returning({ id: userSessions.id });
  return row.id;
}

/**
 * The person behind a session cookie as the database knows them now, or null when the session was
 * ended: signed out, ended from another device, or older than the user's session version.
 */
export async function findLiveSession(db: DbOrTx, userId: string, id: string): Promise<Actor | null> {
  if (!sessionId.safeParse(id).success || !sessionId.safeParse(userId).success) return null;
  const [row] = await db
    .select({ id: users.id, role: users.role, name: users.name, email: users.email, lastSeenAt: userSessions.lastSeenAt, totpEnabledAt: users.totpEnabledAt })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, id),
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        eq(userSessions.sessionVersion, users.sessionVersion),
        sql`${userSessions.createdAt} > now() - make_interval(days => ${SESSION_DAYS})`,
      ),
    );
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > LAST_SEEN_PRECISION_MS) {
    await db.update(userSessions).set({ lastSeenAt: new Date() }).where(eq(userSessions.id, id));
  }
  const actor: Actor = { id: row.id, role: row.role, name: row.name, email: row.email, sessionId: id };
  if (row.role === "admin" && !row.totpEnabledAt && env().REQUIRE_ADMIN_TOTP) actor.twoStepMissing = true;
  return actor;
}

/** Ends one of the user's sessions (signing out, or "sign out" beside it in the list). */
export async function endSession(db: DbOrTx, userId: string, id: string): Promise<boolean> {
  if (!sessionId.safeParse(id).success) return false;
  const ended = await db
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(userSessions.id, id), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return ended.length > 0;
}

/**
 * Ends every session of the user at once by moving their session version on. The session named
 * by `keep` (the browser that changed the password) moves with it and stays signed in.
 */
export async function endEverySession(db: DbOrTx, userId: string, keep?: string): Promise<void> {
  const [user] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  if (keep && user) {
    await db
      .update(userSessions)
      .set({ sessionVersion: user.sessionVersion })
      .where(and(eq(userSessions.id, keep), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
  }
  // Rows are kept (revoked) only so the list can be tidy; the version alone already ends them.
  await db
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), keep ? ne(userSessions.id, keep) : undefined));
}

export type SessionSummary = { id: string; device: string; createdAt: Date; lastSeenAt: Date; current: boolean };

/** The actor's live sessions, most recently used first. */
export async function listSessions(db: DbOrTx, actor: Actor): Promise<SessionSummary[]> {
  const rows = await db
    .select({ id: userSessions.id, userAgent: userSessions.userAgent, createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.userId, actor.id),
        isNull(userSessions.revokedAt),
        eq(userSessions.sessionVersion, users.sessionVersion),
        sql`${userSessions.createdAt} > now() - make_interval(days => ${SESSION_DAYS})`,
      ),
    )
    .orderBy(desc(userSessions.lastSeenAt))
    .limit(50);
  return rows.map((r) => ({ id: r.id, device: describeDevice(r.userAgent), createdAt: r.createdAt, lastSeenAt: r.lastSeenAt, current: r.id === actor.sessionId }));
}

/** "Firefox on Windows" from a user-agent string: enough for a person to recognise their browser. */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const browser = /Edg\//.test(userAgent) ? "Edge" : /Firefox\//.test(userAgent) ? "Firefox" : /Chrom(e|ium)\//.test(userAgent) ? "Chrome" : /Safari\//.test(userAgent) ? "Safari" : "A browser";
  const system = /iPhone|iPad/.test(userAgent) ? "iOS" : /Android/.test(userAgent) ? "Android" : /Windows/.test(userAgent) ? "Windows" : /Mac OS X/.test(userAgent) ? "macOS" : /Linux/.test(userAgent) ? "Linux" : null;
  return system ? `${browser} on ${system}` : browser;
}

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { noteThrottled } from "./auth-route";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { authSecret } from "./secret";
import { endSession, SESSION_DAYS, startSession } from "./sessions";

declare module "next-auth" {
  interface Session {
    user: { id: string; sid: string; name?: string | null; email?: string | null };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(", ") : undefined;
}

// Credentials sign-in needs JWT sessions. The token only names the user and their session row;
// role and name are re-read, and the row checked, on every request (see session.ts, sessions.ts).
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_DAYS * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        verifyToken: { label: "Confirmation link", type: "hidden" },
        code: { label: "Code from your authenticator app", type: "text" },
      },
      async authorize(credentials, req) {
        const db = await getDb();
        try {
          const user = await authenticate(db, credentials, clientAddress(header(req?.headers, "x-forwarded-for")));
          if (!user) return null;
          const sid = await startSession(db, user.id, header(req?.headers, "user-agent"));
          return { id: user.id, name: user.name, email: user.email, sid };
        } catch (error) {
          // next-auth hands a thrown message to the sign-in form as `error`: when to try again, or
          // the step still missing (see sign-in-messages.ts).
          if (error instanceof AppError && error.code === "RATE_LIMITED") noteThrottled(error);
          if (error instanceof AppError) throw new Error(error.message);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sid = (user as { sid?: string }).sid;
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.sub ?? "", sid: token.sid ?? "", name: token.name, email: token.email };
      return session;
    },
  },
  events: {
    // Signing out ends the session row, so the cookie stops working even where it was copied.
    async signOut({ token }) {
      if (token?.sub && token.sid) await endSession(await getDb(), token.sub, token.sid);
    },
  },
};

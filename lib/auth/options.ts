import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { authenticate } from "./authenticate";
import { authSecret } from "./secret";

declare module "next-auth" {
  interface Session {
    user: { id: string; sv: number; name?: string | null; email?: string | null };
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
  }
}

// Credentials sign-in needs JWT sessions. The token only names the user and a session version;
// role and name are re-read from the database on every request (see session.ts).
export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const forwarded = req?.headers?.["x-forwarded-for"];
        const address = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim() || "local";
        const user = await authenticate(await getDb(), credentials, address);
        return user ? { id: user.id, name: user.name, email: user.email, sv: user.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sv = (user as { sv?: number }).sv ?? 0;
      return token;
    },
    session({ session, token }) {
      session.user = { id: token.sub ?? "", sv: token.sv ?? 0, name: token.name, email: token.email };
      return session;
    },
  },
};

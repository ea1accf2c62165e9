import NextAuth from "next-auth";
import { withRetryAfter } from "@/lib/auth/auth-route";
import { authOptions } from "@/lib/auth/options";

const handler = withRetryAfter(NextAuth(authOptions));
export { handler as GET, handler as POST };

// Runs before every request (Next.js 16 "proxy", formerly middleware). A convenience layer only:
// authorization stays in each page, action and route. No database or Node-only imports here.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isCrossSiteWrite } from "@/lib/security/security-headers";

// Stripe calls the webhook from its servers (no Origin) and signs it; it is listed for clarity.
const CROSS_SITE_ALLOWED = ["/api/stripe/webhook"];

export function proxy(request: NextRequest) {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!CROSS_SITE_ALLOWED.includes(request.nextUrl.pathname) && isCrossSiteWrite(request.method, request.headers.get("origin"), host)) {
    return NextResponse.json({ error: "This request came from another site, so it was refused. Please use the form on this site." }, { status: 403 });
  }

  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const policy = contentSecurityPolicy(nonce, { https, dev: process.env.NODE_ENV === "development" });
  // Next.js reads the nonce for its own inline scripts from the request's copy of the policy.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  requestHeaders.set("x-nonce", nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Built files carry no inline script; every page, action and route goes through here.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};

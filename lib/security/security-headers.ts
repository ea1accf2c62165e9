// The security headers of every response. Pure (no Node or database imports): proxy.ts and
// next.config.ts both use it.

/**
 * A strict policy: scripts run only from this site with this response's nonce (Next.js puts it on
 * its own inline scripts, read from the request's copy of this header), and 'strict-dynamic' lets
 * them load the rest. Styles allow inline `style` attributes (the letter layout uses them).
 */
export function contentSecurityPolicy(nonce: string, { https, dev }: { https: boolean; dev: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build needs eval for its error overlays; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // Stripe Checkout is reached by a redirect after a form post.
    "form-action 'self' https://checkout.stripe.com",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers for every response, pages, files and API alike (set in next.config.ts). */
export const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers without CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Only over https: browsers ignore it on http, and a development machine must stay reachable. */
export const strictTransportSecurity = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The rule Next.js applies to server actions, for every other state-changing request: when the
 * browser says where the request comes from (Origin), it must be this site's own host. A missing
 * Origin (old browsers, server-to-server calls) is let through, as Next.js does.
 */
export function isCrossSiteWrite(method: string, origin: string | null, host: string | null): boolean {
  if (SAFE_METHODS.has(method.toUpperCase()) || origin === null) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" (sandboxed frames, privacy redirects) or garbage
  }
}

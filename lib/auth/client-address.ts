import { env } from "@/lib/env";

/**
 * The client's address from X-Forwarded-For, trusting only what our own machines wrote. Every
 * hop appends the address it was contacted from, and this server appends its socket's (see
 * socket-address.ts), so the entry `hops` places from the right is the last one nobody outside
 * could choose. Entries further left are whatever the client sent.
 */
export function clientAddress(forwardedFor: string | null | undefined, hops = env().TRUSTED_PROXY_HOPS): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chosen = entries[entries.length - 1 - hops] ?? entries[0] ?? "unknown";
  return chosen.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, ""); // an IPv4 client seen through an IPv6 socket
}

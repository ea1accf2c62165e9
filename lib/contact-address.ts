import { env } from "@/lib/env";

/** Where clients write to us: the address our emails come from (MAIL_FROM), so there is one to keep. */
export function contactAddress(): string {
  const from = env().MAIL_FROM;
  return from.match(/<([^>]+)>/)?.[1] ?? from.trim();
}

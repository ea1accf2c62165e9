import { z } from "zod";

/** A typed refund amount (e.g. "12.50") in cents: the server's rule, also read by the confirmation. */
export const refundAmount = z
  .string()
  .trim()
  .regex(/^\d+(\.\d{1,2})?$/, "Enter an amount like 12.50.")
  .transform((value) => Math.round(Number(value) * 100));

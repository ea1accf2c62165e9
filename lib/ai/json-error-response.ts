import { AppError, errorResponse, inputErrorFromDatabase } from "@/lib/errors";

/** The JSON answer of the assistant routes (compose, proofread) for a known failure; anything else is a real 500. */
export function jsonErrorResponse(error: unknown): Response {
  const known = error instanceof AppError ? error : inputErrorFromDatabase(error);
  if (known) return errorResponse(known, "json");
  throw error;
}

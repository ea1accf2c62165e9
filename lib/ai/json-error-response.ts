import { AppError, httpStatus } from "@/lib/errors";

/** The JSON answer of the assistant routes (compose, proofread) for a known failure; anything else is a real 500. */
export function jsonErrorResponse(error: unknown): Response {
  if (error instanceof AppError) return Response.json({ error: error.message }, { status: httpStatus[error.code] });
  throw error;
}

// The small vocabulary of failures the domain reports, and how each reaches the outside.
export type ErrorCode = "UNAUTHENTICATED" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "RATE_LIMITED";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** For RATE_LIMITED: whole seconds until a retry can work, sent as Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

// "Not allowed" is reported as NOT_FOUND on purpose: outsiders cannot probe which records exist.
export const httpStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
  RATE_LIMITED: 429,
};

/** The HTTP answer of a route handler for a known failure, as JSON `{ error }` or plain text; a 429 says when to retry. */
export function errorResponse(error: AppError, as: "json" | "text"): Response {
  const init: ResponseInit = { status: httpStatus[error.code] };
  if (error.retryAfterSeconds !== undefined) init.headers = { "Retry-After": String(error.retryAfterSeconds) };
  return as === "json" ? Response.json({ error: error.message }, init) : new Response(error.message, init);
}

export const notFound = (what = "That page") => new AppError("NOT_FOUND", `${what} could not be found.`);

export const NUL_IN_TEXT =
  "This contains a NUL character (an invisible \\0), which text cannot hold. If it came from a file, save the file as “CSV UTF-8” or plain text and try again; if you pasted it, type it instead.";

/** Fields whose text holds a NUL character, which PostgreSQL refuses: named before anything runs. */
export function nulFieldErrors(input: Record<string, unknown>): Record<string, string[]> | undefined {
  const fields = Object.entries(input).filter(([, value]) => (Array.isArray(value) ? value : [value]).some((v) => typeof v === "string" && v.includes("\0")));
  return fields.length ? Object.fromEntries(fields.map(([key]) => [key, [NUL_IN_TEXT]])) : undefined;
}

/**
 * Database refusals caused by what was sent, rather than by a fault: said as such instead of a
 * generic "something went wrong". Driver errors carry the SQL state in `code` or `cause.code`.
 */
export function inputErrorFromDatabase(error: unknown): AppError | null {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = String(e?.cause?.code ?? e?.code ?? "");
  if (code === "22021" || code === "22P05") return new AppError("INVALID", NUL_IN_TEXT);
  if (code === "22001") return new AppError("INVALID", "Some of the text is too long to keep. Please shorten it and try again.");
  return null;
}

// The small vocabulary of failures the domain reports, and how each reaches the outside.
export type ErrorCode = "UNAUTHENTICATED" | "NOT_FOUND" | "CONFLICT" | "INVALID" | "RATE_LIMITED";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
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

export const notFound = (what = "That page") => new AppError("NOT_FOUND", `${what} could not be found.`);

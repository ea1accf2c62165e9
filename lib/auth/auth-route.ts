// next-auth answers every refused sign-in with a 401 and the reason in its redirect address. A
// throttled sign-in should be a 429 with Retry-After like every other throttle, so authorize()
// notes the wait here (one store per request) and the route handler rewrites the answer.
import { AsyncLocalStorage } from "node:async_hooks";
import type { AppError } from "@/lib/errors";

const throttled = new AsyncLocalStorage<{ retryAfterSeconds?: number }>();

/** Called by authorize() when a sign-in is refused by a throttle. */
export function noteThrottled(error: AppError): void {
  const store = throttled.getStore();
  if (store) store.retryAfterSeconds = error.retryAfterSeconds;
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps next-auth's route handler: a throttled sign-in answers 429 with Retry-After. */
export function withRetryAfter<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    const store: { retryAfterSeconds?: number } = {};
    const response = await throttled.run(store, () => handler(request, context));
    if (store.retryAfterSeconds === undefined) return response;
    const headers = new Headers(response.headers);
    headers.set("Retry-After", String(store.retryAfterSeconds));
    // A plain form post (no JavaScript) is redirected to the sign-in page, which shows the wait.
    const status = response.status >= 300 && response.status < 400 ? response.status : 429;
    return new Response(response.body, { status, headers });
  };
}

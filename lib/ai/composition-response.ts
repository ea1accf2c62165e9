import type { Composition } from "./composition";

/**
 * Streams a composition as plain text. The first piece is awaited before answering, so a service
 * that cannot be reached becomes a clear error instead of an empty letter; a failure later cuts the
 * stream, and the writer keeps what already arrived. Cancelling the response (the writer pressed
 * Stop or left) aborts the work upstream.
 */
export async function compositionResponse(composition: Composition, abort: AbortController): Promise<Response> {
  const iterator = composition.chunks[Symbol.asyncIterator]();
  let first: IteratorResult<string>;
  try {
    first = await iterator.next();
  } catch (error) {
    if (abort.signal.aborted) throw error;
    // The service's own message may quote the prompt; the writer gets a plain one.
    return Response.json(
      { error: "The AI service did not answer. Try again in a moment, or keep writing." },
      { status: 502, headers: { "X-Composer": composition.composer } },
    );
  }
  const encoder = new TextEncoder();
  let pending: IteratorResult<string> | null = first;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = pending ?? (await iterator.next());
        pending = null;
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      abort.abort();
      await iterator.return?.();
    },
  });
  const headers: Record<string, string> = {
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    "X-Composer": composition.composer,
  };
  // Header values must be ASCII-safe; the notice is ours, but encode it anyway.
  if (composition.notice) headers["X-Composer-Notice"] = encodeURIComponent(composition.notice);
  return new Response(body, { headers });
}

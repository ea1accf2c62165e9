import OpenAI from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { env } from "@/lib/env";

export type CompletionOptions = {
  signal?: AbortSignal;
  /** Defaults come from OPENAI_API_KEY, OPENAI_BASE_URL and OPENAI_MODEL. */
  apiKey?: string;
  baseURL?: string;
  model?: string;
};

/**
 * Streams a chat completion as text deltas. Aborting the signal closes the connection to the
 * service (so it stops generating) and ends the iteration with an AbortError; a failure partway
 * through is thrown after the deltas already yielded, which the caller keeps.
 */
export async function* streamCompletion(
  messages: ChatCompletionMessageParam[],
  options: CompletionOptions = {},
): AsyncGenerator<string> {
  const config = env();
  const client = new OpenAI({
    apiKey: options.apiKey ?? config.OPENAI_API_KEY,
    baseURL: options.baseURL ?? config.OPENAI_BASE_URL,
    // A retry would restart a letter the writer is already watching; they can press the button again.
    maxRetries: 0,
    timeout: 120_000,
  });
  const stream = await client.chat.completions.create(
    { model: options.model ?? config.OPENAI_MODEL, messages, stream: true, temperature: 0.8 },
    { signal: options.signal },
  );
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta?.content;
    if (delta) yield delta;
  }
  // The SDK ends an aborted stream quietly; the caller must still learn it was stopped.
  options.signal?.throwIfAborted();
}

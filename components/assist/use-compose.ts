"use client";
import { useCallback, useRef, useState } from "react";

export type ComposeBody =
  | { mode: "draft" }
  | { mode: "rewrite"; selection: string; instruction: string }
  | { mode: "continue"; textBefore: string };

export type ComposeOutcome = { text: string; status: "done" | "stopped" | "failed" };

type State = {
  streaming: boolean;
  text: string;
  composer: "openai" | "offline" | null;
  notice: string | null;
  error: string | null;
};

/**
 * Streams POST /api/ai/compose into `text` as it arrives. Stop aborts the request (the server then
 * stops the AI service); a failure keeps what already arrived.
 */
export function useCompose(orderId: string) {
  const [state, setState] = useState<State>({ streaming: false, text: "", composer: null, notice: null, error: null });
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async (body: ComposeBody): Promise<ComposeOutcome> => {
      const abort = new AbortController();
      controller.current = abort;
      setState((s) => ({ ...s, streaming: true, text: "", notice: null, error: null }));
      let text = "";
      try {
        const response = await fetch("/api/ai/compose", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ orderId, ...body }),
          signal: abort.signal,
        });
        const composer = response.headers.get("X-Composer") as State["composer"];
        const notice = response.headers.get("X-Composer-Notice");
        if (!response.ok || !response.body) {
          const { error } = (await response.json().catch(() => ({}))) as { error?: string };
          throw new Error(error ?? "The assistant could not answer. Try again in a moment.");
        }
        setState((s) => ({ ...s, composer: composer ?? s.composer, notice: notice ? decodeURIComponent(notice) : null }));
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          text += value;
          setState((s) => ({ ...s, text }));
        }
        setState((s) => ({ ...s, streaming: false }));
        return { text, status: "done" };
      } catch (error) {
        const stopped = abort.signal.aborted;
        const message = stopped
          ? null
          : text
            ? "The assistant stopped partway. What it wrote so far is kept."
            : error instanceof Error && error.message !== "Failed to fetch"
              ? error.message
              : "The assistant could not be reached. Try again in a moment.";
        setState((s) => ({ ...s, streaming: false, error: message }));
        return { text, status: stopped ? "stopped" : "failed" };
      } finally {
        controller.current = null;
      }
    },
    [orderId],
  );

  const stop = useCallback(() => controller.current?.abort(), []);
  const setComposer = useCallback((composer: State["composer"]) => setState((s) => ({ ...s, composer })), []);
  return { ...state, run, stop, setComposer };
}

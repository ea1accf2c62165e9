import { serviceModes } from "@/lib/env";
import { composerLabels, type ComposeContext, type ComposeRequest } from "./compose-types";
import type { Composition } from "./composition";
import { offlineComposer } from "./offline-composer";
import { buildPrompt } from "./prompts";
import { streamCompletion } from "./stream-completion";

/** The configured AI service when there is one, otherwise the offline composer; the result says which. */
export function compose(context: ComposeContext, request: ComposeRequest, options: { signal?: AbortSignal } = {}): Composition {
  if (serviceModes().ai === "offline") return offlineComposer(context, request, options);
  return { composer: "openai", label: composerLabels.openai, chunks: streamCompletion(buildPrompt(context, request), options) };
}

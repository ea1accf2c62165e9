import "server-only";
import OpenAI from "openai";
import { z } from "zod";
import { env } from "@/lib/env";
import type { EnglishVariety } from "@/lib/orders/catalogue";
import type { ProofreadSuggestion } from "@/lib/proofread/suggestion";
import { buildProofreadPrompt, MAX_AI_ISSUES } from "./prompts";
import type { CompletionOptions } from "./stream-completion";

const TIMEOUT_MS = 20_000;
// Keeps "ai:<kind>:<quote>:<n>" within the 200 characters a dismissal key may have.
const MAX_QUOTE_CHARS = 150;

const issueSchema = z.object({
  quote: z.string().min(1).max(MAX_QUOTE_CHARS),
  replacement: z.string(),
  message: z.string().trim().min(1),
  kind: z.enum(["grammar", "style", "spelling"]),
});
// One malformed issue must not cost the writer the others.
const replySchema = z.object({ issues: z.array(z.unknown()) });

type AiProofreadInput = {
  variety: EnglishVariety;
  /** Names from the brief (and the writer's own words): never corrected, whatever the model says. */
  names: readonly string[];
  /** The offline proofreader's suggestions: an AI edit of the same words would compete with them. */
  offline: readonly ProofreadSuggestion[];
};

/**
 * The AI proofreading pass, when an OpenAI key is configured: the model's issues placed on the text
 * as suggestions in the offline proofreader's form. It only ever adds to the offline pass, so any
 * failure (network, refusal, timeout, a reply that is not the JSON asked for) gives no suggestions.
 */
export async function aiProofread(
  text: string,
  { variety, names, offline }: AiProofreadInput,
  options: Omit<CompletionOptions, "signal"> = {},
): Promise<ProofreadSuggestion[]> {
  const config = env();
  const apiKey = options.apiKey ?? config.OPENAI_API_KEY;
  if (!apiKey || !text.trim()) return [];
  try {
    const client = new OpenAI({ apiKey, baseURL: options.baseURL ?? config.OPENAI_BASE_URL, maxRetries: 0 });
    const completion = await client.chat.completions.create(
      {
        model: options.model ?? config.OPENAI_MODEL,
        messages: buildProofreadPrompt(text, { variety, names }),
        response_format: { type: "json_object" },
        temperature: 0,
      },
      { signal: AbortSignal.timeout(TIMEOUT_MS) },
    );
    const { issues } = replySchema.parse(JSON.parse(completion.choices[0]?.message?.content ?? ""));
    const valid = issues.flatMap((issue) => {
      const parsed = issueSchema.safeParse(issue);
      return parsed.success ? [parsed.data] : [];
    });
    return placeIssues(text, valid.slice(0, MAX_AI_ISSUES), names, offline);
  } catch (error) {
    // The name only: the message of a failed request may quote the letter.
    console.warn(`AI proofreading skipped: ${error instanceof Error ? error.name : "unknown error"}`);
    return [];
  }
}

function placeIssues(
  text: string,
  issues: z.infer<typeof issueSchema>[],
  names: readonly string[],
  offline: readonly ProofreadSuggestion[],
): ProofreadSuggestion[] {
  const protectedNames = new Set(names.filter((n) => /^\p{Lu}/u.test(n)).flatMap(words));
  // Offline suggestions that change words (not a long-sentence note) own those words.
  const taken = offline.filter((s) => s.replacements.length > 0).map((s) => [s.start, s.end]);
  const used = new Set<number>();
  const placed: ProofreadSuggestion[] = [];
  for (const { quote, replacement, message, kind } of issues) {
    if (quote === replacement || touchesName(quote, replacement, protectedNames)) continue;
    let occurrence = 0;
    let start = text.indexOf(quote);
    while (start >= 0 && used.has(start)) {
      occurrence += 1;
      start = text.indexOf(quote, start + 1);
    }
    if (start < 0) continue;
    used.add(start);
    const end = start + quote.length;
    if (taken.some(([s, e]) => start < e && s < end)) continue;
    placed.push({ key: `ai:${kind}:${quote}:${occurrence}`, start, end, kind, message, replacements: [replacement], source: "ai" });
  }
  return placed;
}

/** True when the model would change or drop one of the brief's names. */
function touchesName(quote: string, replacement: string, names: ReadonlySet<string>): boolean {
  const kept = new Set(words(replacement));
  return words(quote).some((w) => names.has(w) && !kept.has(w));
}

/** Words without a possessive ending, so "Siobhan's" still counts as the name Siobhan. */
function words(text: string): string[] {
  return (text.match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/, ""));
}

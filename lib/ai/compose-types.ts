// What the writer's assistant composes from, shared by the prompt builder, both composers and the route.
import type { Order } from "@/lib/db/schema";

export type ComposeBrief = Pick<
  Order,
  | "occasion"
  | "relationship"
  | "tone"
  | "toneNote"
  | "length"
  | "memories"
  | "mustInclude"
  | "mustAvoid"
  | "signOff"
  | "englishVariety"
>;

export type ComposeContext = {
  brief: ComposeBrief;
  recipient: { name: string; relationship: string; notes: string };
  /** Letters this recipient already received through us, oldest first, so a new one does not repeat them. */
  earlierLetters: { date: string; body: string }[];
  /** The assigned writer's notes on their own voice. */
  voiceNotes: string;
};

export const rewritePresets = {
  warmer: "Warmer",
  simpler: "Simpler",
  shorter: "Shorter",
  more_formal: "More formal",
} as const;
export type RewritePreset = keyof typeof rewritePresets;

export type ComposeRequest =
  | { mode: "draft" }
  | { mode: "rewrite"; selection: string; instruction: string }
  | { mode: "continue"; textBefore: string };

export type ComposerKind = "openai" | "offline";

export const composerLabels: Record<ComposerKind, string> = {
  openai: "AI composer",
  offline: "Offline composer — no AI service configured",
};

export function isRewritePreset(instruction: string): instruction is RewritePreset {
  return Object.hasOwn(rewritePresets, instruction);
}

import { z } from "zod";
import { MAX_LETTER_CHARS } from "@/lib/letters/save-version";
import type { ComposeRequest } from "./compose-types";

/** The body of POST /api/ai/compose, turned into a ComposeRequest for the order. */
export const composeBodySchema = z
  .strictObject({
    orderId: z.uuid(),
    mode: z.enum(["draft", "rewrite", "continue"]),
    selection: z.string().max(MAX_LETTER_CHARS).optional(),
    instruction: z.string().trim().max(300).optional(),
    textBefore: z.string().max(MAX_LETTER_CHARS).optional(),
  })
  .transform((body, ctx): { orderId: string; request: ComposeRequest } | typeof z.NEVER => {
    if (body.mode === "draft") return { orderId: body.orderId, request: { mode: "draft" } };
    if (body.mode === "continue") return { orderId: body.orderId, request: { mode: "continue", textBefore: body.textBefore ?? "" } };
    if (!body.selection?.trim()) {
      ctx.addIssue({ code: "custom", path: ["selection"], message: "Select the passage to rewrite first." });
      return z.NEVER;
    }
    if (!body.instruction) {
      ctx.addIssue({ code: "custom", path: ["instruction"], message: "Choose how to rewrite it." });
      return z.NEVER;
    }
    return { orderId: body.orderId, request: { mode: "rewrite", selection: body.selection, instruction: body.instruction } };
  });

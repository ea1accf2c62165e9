import { z } from "zod";
import { choiceKeys as keys, englishVarieties, handwritingStyles, inks, papers, stationeries } from "@/lib/orders/catalogue";
import { undrawableCharacters } from "./hands";
import { letterDate } from "./letter-input";
import { runHeavyWork } from "@/lib/pool/heavy-work-pool";
import type { LetterSvg } from "./render-letter-svg";

export const sampleSchema = z.strictObject({
  /** The few lines of the sample letter. */
  body: z.string().max(2_000),
  /** The rest of the brief (names, memories, sign-off): checked for characters no hand can write. */
  check: z.string().max(20_000).default(""),
  handwritingStyle: z.enum(keys(handwritingStyles)),
  inkColour: z.enum(keys(inks)),
  stationery: z.enum(keys(stationeries)),
  englishVariety: z.enum(keys(englishVarieties)),
  paper: z.preprocess((v) => v || null, z.enum(keys(papers)).nullable()).default(null),
  dateLine: z.boolean().default(false),
});

/**
 * The brief's live sample in the chosen look, and every character of the brief that no hand can
 * write. Drawn in the worker-thread pool: it is asked for on every change of look while a client
 * briefs, and must not hold the server's thread.
 */
export async function renderSample(input: z.output<typeof sampleSchema>): Promise<LetterSvg> {
  const look = { style: input.handwritingStyle, ink: input.inkColour, stationery: input.stationery, variety: input.englishVariety, paper: input.paper };
  const date = input.dateLine ? letterDate(new Date(), input.englishVariety) : null;
  const sample = await runHeavyWork("renderLetterSvg", { body: input.body, seed: "sample", date, ...look });
  const missing = new Set([...sample.missingCharacters, ...undrawableCharacters(input.handwritingStyle, input.check)]);
  return { pages: sample.pages, missingCharacters: [...missing] };
}

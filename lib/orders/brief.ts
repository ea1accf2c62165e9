import { z } from "zod";
import { choiceKeys as keys, deliveries, englishVarieties, handwritingStyles, inks, lengths, occasions, papers, stationeries } from "./catalogue";

const text = (max: number) => z.string().trim().max(max, `Please keep this under ${max} characters.`);

/** Today as YYYY-MM-DD in UTC; a deadline must not be before it. */
const todayIso = () => new Date().toISOString().slice(0, 10);

export const briefSchema = z.strictObject({
  recipientId: z.uuid("Choose who the letter is for."),
  occasion: z.enum(keys(occasions), "Choose the occasion."),
  relationship: text(120).min(1, "Tell us how you know them."),
  tone: text(60).min(1, "Choose a tone."),
  toneNote: text(300).default(""),
  length: z.enum(keys(lengths), "Choose a length."),
  memories: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).map((m) => m.trim()).filter(Boolean))
    .pipe(z.array(text(1200)).max(12, "Up to twelve memories, please."))
    .default([]),
  mustInclude: text(1500).default(""),
  mustAvoid: text(1500).default(""),
  signOff: text(200).min(1, "Tell us how the letter should be signed."),
  // Left out, it follows the recipient's country (see placeOrder).
  englishVariety: z.enum(keys(englishVarieties)).optional(),
  deadline: z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(z.iso.date({ error: "Use a date like 2027-02-14.", abort: true }).refine((d) => d >= todayIso(), "The deadline is in the past.").nullable())
    .default(null),
  delivery: z.enum(keys(deliveries), "Choose how it should arrive."),
  handwritingStyle: z.enum(keys(handwritingStyles)).default("caveat"),
  inkColour: z.enum(keys(inks)).default("navy"),
  stationery: z.enum(keys(stationeries)).default("cream"),
  // "" from the form: the paper usual for the variety of English (A4 or US Letter).
  paper: z.preprocess((v) => v || null, z.enum(keys(papers)).nullable()).default(null),
  // A checkbox: "on" when ticked, absent otherwise.
  dateLine: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false),
});

export type Brief = z.output<typeof briefSchema>;

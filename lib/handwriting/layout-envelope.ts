import addressFormatter from "@fragaria/address-formatter";
import type { PostalAddress } from "@/lib/db/schema";
import { inks, stationeries, type Ink, type PaperSize, type Stationery } from "@/lib/orders/catalogue";
import type { SheetLayout } from "./layout-letter";
import { pen, type PlacedWord } from "./pen";

export type Envelope = { name: "DL" | "C5" | "#10"; width: number; height: number };

// The envelope each paper goes in: US Letter folded in three in a #10, A4 in three in a DL, A5 and
// the note card flat in a C5.
const envelopes: Record<PaperSize, Envelope> = {
  letter: { name: "#10", width: 684, height: 297 },
  a4: { name: "DL", width: 623.62, height: 311.81 },
  a5: { name: "C5", width: 649.13, height: 459.21 },
  "note-card": { name: "C5", width: 649.13, height: 459.21 },
};

export const envelopeFor = (paper: PaperSize): Envelope => envelopes[paper];

export type Addressee = { name: string; address: PostalAddress };
export type EnvelopeInput = {
  style: string;
  ink: string;
  stationery: string;
  paper: PaperSize;
  /** The order's seed: the envelope is written by the same hand as its letter. */
  seed: string;
  to: Addressee;
  /** The sender's return address, written small at the top left; none when the client gave none. */
  from: Addressee | null;
};

/**
 * An address in its country's postal format (the OpenCage templates of @fragaria/address-formatter:
 * "10117 Berlin", "Springfield, IL 62704"), with the country named only when it is sent abroad.
 */
export function addressLines({ name, address }: Addressee, fromCountry?: string): string[] {
  const lines = addressFormatter.format(
    {
      attention: name,
      house: address.addressLine2 || undefined,
      road: address.addressLine1,
      city: address.city,
      state: address.region || undefined,
      postcode: address.postalCode || undefined,
      countryCode: address.country,
    },
    { output: "array", appendCountry: !!fromCountry && fromCountry.toUpperCase() !== address.country.toUpperCase() },
  );
  return lines.map((line) => line.trim()).filter(Boolean);
}

/** The envelope for a letter, in the letter's hand and ink: the addressee's lines, and the return address. */
export function layoutEnvelope(input: EnvelopeInput): SheetLayout & { envelope: Envelope } {
  const envelope = envelopeFor(input.paper);
  const hand = pen(input.style, `${input.seed}:envelope`, 1.15);
  const words: PlacedWord[] = [];
  const write = (lines: string[], x: number, y: number, gap: number, scale: number) =>
    lines.forEach((text, row) => {
      const shaped = text.split(/\s+/).map((word, i) => ({ ...hand.shape(word, -1, scale), gap: i ? hand.space(scale) : 0 }));
      words.push(...hand.writeLine(shaped, x + hand.random.between(-3, 3), y + row * gap, -1));
    });

  if (input.from) write(addressLines(input.from, input.to.address.country), 30, 42, 15, 0.6);
  // The address block sits a little left of centre and below the middle, where postal machines read it.
  const to = addressLines(input.to, input.from?.address.country);
  const gap = 27;
  write(to, envelope.width * 0.42, envelope.height * 0.52 - ((to.length - 1) * gap) / 2 + 10, gap, 1);

  return {
    envelope,
    paper: envelope,
    ink: inks[input.ink as Ink]?.hex ?? inks.navy.hex,
    stationery: stationeries[input.stationery as Stationery] ?? stationeries.cream,
    rules: [],
    ruleSpan: [0, 0],
    pages: [{ words, lines: [] }],
    missingCharacters: [...hand.missing],
  };
}

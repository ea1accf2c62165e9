// The choices a brief offers, in one place for forms, validation, pricing and rendering.

/** A table's keys as a non-empty tuple, for z.enum. */
export const choiceKeys = <T extends Record<string, unknown>>(table: T) => Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];
export const occasions = {
  anniversary: "Anniversary",
  birthday: "Birthday",
  love: "Love letter",
  thanks: "Thank you",
  condolence: "Condolence",
  apology: "Apology",
  congratulations: "Congratulations",
  other: "Something else",
} as const;
export type Occasion = keyof typeof occasions;

export const tones = ["Warm", "Playful", "Tender", "Heartfelt", "Formal", "Nostalgic", "Encouraging"] as const;

export const lengths = {
  note: { label: "Note", minWords: 60, maxWords: 120 },
  letter: { label: "Letter", minWords: 200, maxWords: 400 },
  long_letter: { label: "Long letter", minWords: 500, maxWords: 900 },
} as const;
export type LetterLength = keyof typeof lengths;

export const englishVarieties = {
  "en-US": "American English",
  "en-GB": "British English",
  "en-CA": "Canadian English",
  "en-AU": "Australian English",
} as const;
export type EnglishVariety = keyof typeof englishVarieties;

export const deliveries = {
  pdf: "PDF by email",
  mail: "Printed and mailed",
} as const;
export type Delivery = keyof typeof deliveries;

// Each style is a hand of lib/handwriting/hands.ts (its font, size and how it varies).
export const handwritingStyles = {
  caveat: { label: "Everyday (Caveat)" },
  "dancing-script": { label: "Flowing joined-up (Dancing Script)" },
  "homemade-apple": { label: "Old-fashioned joined-up (Homemade Apple)" },
  kalam: { label: "Relaxed (Kalam)" },
  "patrick-hand": { label: "Neat print (Patrick Hand)" },
  "indie-flower": { label: "Round and friendly (Indie Flower)" },
  "playpen-sans": { label: "Clear and rounded (Playpen Sans)" },
} as const;
export type HandwritingStyle = keyof typeof handwritingStyles;

// Paper sizes; without a choice, A4 where British or Australian English is written, US Letter elsewhere.
export const papers = {
  letter: { label: "US Letter" },
  a4: { label: "A4" },
  a5: { label: "A5" },
  "note-card": { label: "Note card (5 × 7 in)" },
} as const;
export type PaperSize = keyof typeof papers;

export const inks = {
  navy: { label: "Navy", hex: "#1f2d5a" },
  black: { label: "Black", hex: "#1d1b19" },
  sepia: { label: "Sepia", hex: "#5b3a1e" },
  green: { label: "Bottle green", hex: "#1f4a3a" },
} as const;
export type Ink = keyof typeof inks;

export const stationeries = {
  cream: { label: "Cream laid", paper: "#f7f0e1", rule: "#e6d9bd" },
  white: { label: "Bright white", paper: "#fdfcf9", rule: "#e3e3e3" },
  blue: { label: "Pale blue", paper: "#eef3f7", rule: "#cfdbe6" },
} as const;
export type Stationery = keyof typeof stationeries;

// The choices a brief offers, in one place for forms, validation, pricing and rendering.
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

// Each style names the @fontsource family that renders it (see lib/handwriting).
export const handwritingStyles = {
  caveat: { label: "Everyday (Caveat)", family: "caveat" },
  "dancing-script": { label: "Flowing (Dancing Script)", family: "dancing-script" },
  "homemade-apple": { label: "Old-fashioned (Homemade Apple)", family: "homemade-apple" },
} as const;
export type HandwritingStyle = keyof typeof handwritingStyles;

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

import type { EnglishVariety } from "./catalogue";

// Where the letter is read decides its spelling. Canada and Australia have their own; New Zealand
// spells as Australia does; the United States and the places that follow its spelling are
// American; everywhere else (the UK, Ireland, India, South Africa, most of Europe) writes British.
const byCountry: Record<string, EnglishVariety> = {
  US: "en-US", PR: "en-US", GU: "en-US", VI: "en-US", AS: "en-US", MP: "en-US", UM: "en-US", PH: "en-US", LR: "en-US",
  CA: "en-CA",
  AU: "en-AU", NZ: "en-AU",
};

/** The variety of English a letter to this country (ISO 3166-1 alpha-2) should be written in. */
export function varietyForCountry(country: string | null | undefined): EnglishVariety {
  const code = (country ?? "").trim().toUpperCase();
  if (!code) return "en-US";
  return byCountry[code] ?? "en-GB";
}

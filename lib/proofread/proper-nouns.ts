import nlp from "compromise";

/**
 * The proper nouns of a text (people, places, pets, honorifics), found by parsing rather than by
 * capital letters: "Their wedding" and "A picnic" open a sentence, "Margate" and "Biscuit" are names.
 * Possessives and punctuation are stripped ("Grandpa's" → "Grandpa").
 */
export function properNouns(text: string): string[] {
  if (!text.trim()) return [];
  const terms = nlp(text).match("#ProperNoun").terms().out("array") as string[];
  return terms.map((t) => t.replace(/[’']s$/u, "").replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, "")).filter(Boolean);
}

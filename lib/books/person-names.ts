// Splitting a person's name into the part a book may print (given names) and the part it hides
// (the surname), when all we have is one "name" field.

const PARTICLES = new Set(["de", "del", "della", "di", "da", "do", "dos", "das", "du", "la", "le", "van", "von", "der", "den", "ten", "ter", "bin", "ibn", "al", "y"]);

const words = (name: string) => name.trim().split(/\s+/).filter(Boolean);

/**
 * The given names of `fullName`: every word but the surname. "Ana María López" → "Ana María",
 * "María José de la Cruz" → "María José", "Margaret Bennett" → "Margaret", "Cher" → "Cher".
 */
export function givenNames(fullName: string): string {
  const all = words(fullName);
  if (all.length <= 1) return all.join(" ");
  const given = all.slice(0, -1);
  while (given.length > 1 && PARTICLES.has(given.at(-1)!.toLowerCase())) given.pop();
  return given.join(" ");
}

/** The surname words of `fullName` (after its given names, particles left out), to shorten to initials. */
export function surnames(fullName: string): string[] {
  const given = words(givenNames(fullName)).length;
  return words(fullName)
    .slice(given)
    .filter((w) => !PARTICLES.has(w.toLowerCase()) && [...w].length > 1);
}

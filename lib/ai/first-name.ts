import { isHonorific } from "@/lib/facts/names";

// Family titles go with the given name ("Auntie Jean"); formal ones with the family name ("Mr. Okoye").
const FAMILY_TITLES = new Set(["aunt", "auntie", "aunty", "uncle", "nan", "nana", "gran", "granny", "grandma", "grandpa", "grandad"]);

/**
 * The name a letter greets someone by: "Margaret Bennett" → "Margaret", "Mr. Chidi Okoye" →
 * "Mr. Okoye", "Auntie Jean Walker" → "Auntie Jean"; a title is never left on its own.
 */
export function firstName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return name;
  if (!isHonorific(words[0]) || words.length === 1) return words[0];
  const title = words[0];
  return FAMILY_TITLES.has(title.toLowerCase()) ? `${title} ${words[1]}` : `${title} ${words[words.length - 1]}`;
}

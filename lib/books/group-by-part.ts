/**
 * A book's letters in book order: those in no part first, then each part in its order, letters
 * keeping their order within it. Every part is returned, even an empty one.
 */
export function groupByPart<P extends { id: string }, I extends { partId: string | null }>(parts: P[], items: I[]): { part: P | null; items: I[] }[] {
  const groups = [{ part: null as P | null, items: [] as I[] }, ...parts.map((part) => ({ part, items: [] as I[] }))];
  const index = new Map(parts.map((p, i) => [p.id, i + 1]));
  for (const item of items) groups[item.partId ? (index.get(item.partId) ?? 0) : 0].items.push(item);
  return groups;
}

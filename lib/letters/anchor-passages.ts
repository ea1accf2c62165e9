export type Anchorable = { id: string; quote: string | null; anchorStart?: number | null; anchorEnd?: number | null };
export type PassageMark = { id: string; start: number; end: number; number: number };

/**
 * Places comments on the passages they quote, numbered in reading order. A comment whose stored
 * range no longer holds its words is placed where the words are found; one quoting words the text
 * lacks, or overlapping an earlier mark, stays in the list of notes only.
 */
export function anchorPassages(body: string, comments: readonly Anchorable[]): PassageMark[] {
  const placed = comments.flatMap((c) => {
    if (!c.quote) return [];
    const stored = c.anchorStart != null && c.anchorEnd != null && body.slice(c.anchorStart, c.anchorEnd) === c.quote;
    const start = stored ? c.anchorStart! : body.indexOf(c.quote);
    return start < 0 ? [] : [{ id: c.id, start, end: start + c.quote.length }];
  });
  placed.sort((a, b) => a.start - b.start);
  const marks: PassageMark[] = [];
  for (const p of placed) {
    if (marks.length > 0 && p.start < marks[marks.length - 1].end) continue;
    marks.push({ ...p, number: marks.length + 1 });
  }
  return marks;
}

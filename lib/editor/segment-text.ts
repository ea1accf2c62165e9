/** A stretch of the text something is said about, e.g. a suggestion or a quoted passage. */
export type Span = { id: string; start: number; end: number };

/** A piece of a paragraph and the spans that cover all of it. */
export type Segment = { start: number; end: number; ids: string[] };

/** A paragraph's place in the text, and its pieces: cut wherever a span starts or ends. */
export type Paragraph = { start: number; end: number; segments: Segment[] };

/**
 * The letter cut into paragraphs (at blank lines, as the editor makes them) and each paragraph into
 * pieces at every span boundary, so overlapping marks (a misspelling inside a commented passage)
 * nest without tearing. Spans across a paragraph break are cut there; empty spans are left out.
 */
export function segmentText(text: string, spans: readonly Span[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const part of text.split("\n\n")) {
    const end = start + part.length;
    const inside = spans.filter((s) => s.end > start && s.start < end && s.end > s.start);
    const cuts = new Set([start, end]);
    for (const s of inside) {
      cuts.add(Math.max(s.start, start));
      cuts.add(Math.min(s.end, end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i], points[i + 1]];
      segments.push({ start: from, end: to, ids: inside.filter((s) => s.start <= from && s.end >= to).map((s) => s.id) });
    }
    paragraphs.push({ start, end, segments });
    start = end + 2;
  }
  return paragraphs;
}

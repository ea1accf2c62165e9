export type Passage = { start: number; end: number; quote: string };

/**
 * Where a selection inside the sheet starts and ends, counted in the letter's own text. Each
 * handwritten word carries an invisible copy of itself marked with its offset in the body
 * (`data-at`), so a selection over the handwriting maps back to exactly those words.
 */
export function passageIn(sheet: HTMLElement, body: string, selection: Selection | null): Passage | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const words = [...sheet.querySelectorAll("text[data-at]")].filter((word) => range.intersectsNode(word));
  if (words.length === 0) return null;
  const at = (word: Element) => Number(word.getAttribute("data-at"));
  const length = (word: Element) => (word.textContent ?? "").trimEnd().length;
  const first = words[0];
  const last = words.at(-1)!;
  let start = at(first) + (first.contains(range.startContainer) ? Math.min(range.startOffset, length(first)) : 0);
  let end = at(last) + (last.contains(range.endContainer) ? Math.min(range.endOffset, length(last)) : length(last));
  // Leave out the spaces and line breaks a drag often picks up at either end.
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  if (start >= end) return null;
  return { start, end, quote: body.slice(start, end) };
}


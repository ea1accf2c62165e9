import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { plainToPos } from "@/lib/editor/letter-doc";

/** A passage of the letter to underline or highlight, in offsets of its plain text. */
export type TextMark = {
  id: string;
  start: number;
  end: number;
  /** e.g. "text-mark k-spelling" or "passage-mark". */
  className: string;
  /** What the mark says, read by screen readers on the marked words. */
  description: string;
  /** A highlight only (a note's passage): F8 and the suggestion box pass it by. */
  passive?: boolean;
};

const key = new PluginKey<DecorationSet>("textMarks");

/** Puts these marks on the document in one transaction (kept out of the undo history). */
export function withTextMarks(tr: Transaction, marks: readonly TextMark[]): Transaction {
  return tr.setMeta(key, marks).setMeta("addToHistory", false);
}

function build(state: { doc: EditorState["doc"] }, marks: readonly TextMark[]): DecorationSet {
  const decorations = marks.flatMap((m) => {
    const from = plainToPos(state.doc, m.start);
    const to = plainToPos(state.doc, m.end);
    if (to <= from) return [];
    const attrs = { class: m.className, "data-mark": m.id, "aria-description": m.description };
    return [Decoration.inline(from, to, attrs, { id: m.id, passive: !!m.passive })];
  });
  return DecorationSet.create(state.doc, decorations);
}

const active = (d: Decoration) => !(d.spec as { passive: boolean }).passive;

/** The suggestion marks of a state, in document order. */
function marksOf(state: EditorState): Decoration[] {
  return key.getState(state)?.find(undefined, undefined, (spec) => !spec.passive).sort((a, b) => a.from - b.from) ?? [];
}

/** The suggestion mark the caret (or the selection) is in, if any. */
export function markAtSelection(state: EditorState): { id: string; from: number; to: number } | null {
  const { from, to } = state.selection;
  const mark = key.getState(state)?.find(from, to).find((d) => active(d) && d.from <= from && d.to >= to);
  return mark ? { id: (mark.spec as { id: string }).id, from: mark.from, to: mark.to } : null;
}

/** A transaction putting the caret at the start of the next (or previous) mark, wrapping round; null if there is none. */
export function moveToMark(state: EditorState, direction: 1 | -1): Transaction | null {
  const marks = marksOf(state);
  if (marks.length === 0) return null;
  const at = state.selection.from;
  const next = direction === 1 ? (marks.find((m) => m.from > at) ?? marks[0]) : (marks.findLast((m) => m.from < at) ?? marks.at(-1)!);
  return state.tr.setSelection(TextSelection.create(state.doc, next.from)).scrollIntoView();
}

/**
 * Underlines and highlights over the letter's words, as ProseMirror decorations: they are not part
 * of the text (saving, copying and counting words never see them) and move with the words while
 * the writer types, until the next set replaces them. The mark the caret is in is shown as active.
 */
export const TextMarks = Extension.create({
  name: "textMarks",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set, _old, state) {
            const marks = tr.getMeta(key) as TextMark[] | undefined;
            return marks ? build(state, marks) : set.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations(state) {
            const set = key.getState(state);
            const active = markAtSelection(state);
            if (!set || !active) return set;
            return set.add(state.doc, [Decoration.inline(active.from, active.to, { class: "is-active" })]);
          },
        },
      }),
    ];
  },
});

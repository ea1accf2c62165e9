"use client";
import { Slice } from "@tiptap/pm/model";
import type { EditorState } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { UndoRedo } from "@tiptap/extensions";
import { useEffect, useRef, useState } from "react";
import type { CheckedSuggestion } from "@/components/assist/letter-check";
import { kindLabels, markDescription } from "@/components/assist/suggestion-labels";
import { docToPlain, letterNodes, plainToDoc, posToPlain } from "@/lib/editor/letter-doc";
import { useLetterCheck } from "./letter-check-context";
import { useLetterDraft } from "./letter-draft-context";
import { markAtSelection, moveToMark, TextMarks, withTextMarks, type TextMark } from "./text-marks";

type Props = {
  labelId: string;
  describedBy: string;
  lang: string;
  onSave(): void;
};

/** Where the suggestion box sits under the marked words, relative to the editor. */
type Active = { id: string; top: number; left: number };

const POPOVER_WIDTH = 352;

/**
 * The letter as rich text: paragraphs on paper, with the proofreader's suggestions underlined in
 * place (a colour and a line style per kind). The caret in a mark, or a click on it, opens a small
 * box with the explanation and Accept / Dismiss: Tab reaches its buttons, Alt+Enter accepts
 * straight from the text, F8 / Shift+F8 go to the next or previous mark, Esc closes the box.
 * The text itself stays plain (lib/editor/letter-doc converts), so saving and versions are as before.
 */
export function LetterTextEditor({ labelId, describedBy, lang, onSave }: Props) {
  const { text, setText, selectionRef } = useLetterDraft();
  const check = useLetterCheck();
  const wrapper = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(false);
  const [closedFor, setClosedFor] = useState<string | null>(null);
  // The latest handlers for ProseMirror's key handling, which is set up once.
  const keys = useRef<(view: EditorView, event: KeyboardEvent) => boolean>(() => false);

  const editor = useEditor({
    immediatelyRender: false,
    // Its few layout rules are in app/styles/desk.css with the rest of the letter's look.
    injectCSS: false,
    extensions: [...letterNodes, UndoRedo, TextMarks],
    content: plainToDoc(text).toJSON(),
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        "aria-describedby": describedBy,
        lang,
        // The proofreader knows the order's variety of English and the brief's names; the browser's would disagree.
        spellcheck: "false",
        class: "letter-text",
      },
      // Pasted and copied text keeps its paragraphs and line breaks exactly as the letter stores them.
      clipboardTextParser: (pasted, _at, _plain, view) => new Slice(plainToDoc(pasted.replace(/\r\n?/g, "\n"), view.state.schema).content, 1, 1),
      clipboardTextSerializer: (slice) => docToPlain(slice.content),
      handleKeyDown: (view, event) => keys.current(view, event),
    },
    onUpdate: ({ editor }) => setText(docToPlain(editor.state.doc)),
  });

  const { suggestions, passages } = check;
  const active = useEditorState({
    editor,
    selector: ({ editor }): Active | null => (editor ? activeBox(editor) : null),
    equalityFn: (a, b) => a?.id === b?.id && a?.top === b?.top && a?.left === b?.left,
  });
  const suggestion = active ? suggestions.find((s) => s.key === active.id) : undefined;
  const open = !!(focused && suggestion && closedFor !== suggestion.key);

  // Text changed outside the editor (AI text, a restored version, an accepted suggestion): apply
  // just the difference as one step, so the caret and undo history stay. Then lay the marks.
  useEffect(() => {
    if (!editor) return;
    const { state } = editor;
    if (docToPlain(state.doc) !== text) {
      editor.view.dispatch(replaceWith(state, text));
      // Never show other words than the draft holds: if the step missed, take the whole text.
      if (docToPlain(editor.state.doc) !== text) editor.commands.setContent(plainToDoc(text, editor.schema).toJSON(), { emitUpdate: false });
    }
    const highlights = passages.map((p): TextMark => ({ id: `note-${p.id}`, start: p.start, end: p.end, className: "passage-mark", description: p.description, passive: true }));
    editor.view.dispatch(withTextMarks(editor.state.tr, [...highlights, ...suggestions.map(toMark)]));
  }, [editor, text, suggestions, passages]);

  useEffect(() => {
    if (!editor) return;
    selectionRef.current = () => {
      const { doc, selection: s } = editor.state;
      return { start: posToPlain(doc, s.from), end: posToPlain(doc, s.to) };
    };
    return () => {
      selectionRef.current = null;
    };
  }, [editor, selectionRef]);

  useEffect(() => {
    keys.current = (view, event) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === "s") {
        onSave();
      } else if (event.altKey && event.key === "Enter" && suggestion) {
        check.accept(suggestion);
      } else if (mod && event.key === ".") {
        if (!suggestion) return false;
        setClosedFor(null);
        requestAnimationFrame(() => box.current?.querySelector("button")?.focus());
      } else if (event.key === "F8") {
        const tr = moveToMark(view.state, event.shiftKey ? -1 : 1);
        if (!tr) return false;
        setClosedFor(null);
        view.dispatch(tr);
      } else if (event.key === "Escape" && open) {
        setClosedFor(suggestion.key);
      } else {
        return false;
      }
      event.preventDefault();
      return true;
    };
  });

  const backToText = () => editor?.commands.focus();
  const counts = countByKind(suggestions);
  return (
    <div
      className="letter-editor-frame"
      ref={wrapper}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!wrapper.current?.contains(event.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <div className="letter-paper">
        {editor ? (
          <EditorContent editor={editor} />
        ) : (
          // Until the editor starts in the browser, the same words, not editable yet.
          <div className="letter-text is-loading" aria-labelledby={labelId} role="textbox" aria-readonly="true">
            {text.split("\n\n").map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </div>
        )}
        {open && active && suggestion && (
          <div
            ref={box}
            className={`mark-box k-${suggestion.kind}`}
            role="group"
            aria-label={`${kindLabels[suggestion.kind]} suggestion`}
            style={{ top: active.top, left: active.left }}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                event.preventDefault();
                setClosedFor(suggestion.key);
                backToText();
              }
            }}
          >
            <p className="mark-box-kind">
              <span className={`mark-swatch k-${suggestion.kind}`} aria-hidden="true" /> {kindLabels[suggestion.kind]}
              {suggestion.source === "ai" && <span className="muted"> · AI</span>}
            </p>
            <p className="mark-box-message">{suggestion.message}</p>
            <div className="row mark-box-actions">
              {suggestion.replacements[0] !== undefined && (
                <button
                  type="button"
                  className="button primary small"
                  onMouseDown={(e) => e.preventDefault()}
                  disabled={check.busyKey === suggestion.key}
                  onClick={() => {
                    check.accept(suggestion);
                    backToText();
                  }}
                >
                  {suggestion.replacements[0] === "" ? "Remove it" : <>Accept “{suggestion.replacements[0]}”</>}
                </button>
              )}
              <button
                type="button"
                className="button quiet small"
                onMouseDown={(e) => e.preventDefault()}
                disabled={check.busyKey === suggestion.key}
                onClick={() => {
                  check.dismiss(suggestion);
                  backToText();
                }}
              >
                Dismiss
              </button>
            </div>
            <p className="mark-box-keys">
              <kbd>Alt</kbd>+<kbd>Enter</kbd> accepts · <kbd>Esc</kbd> back to the letter
            </p>
          </div>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {open && suggestion ? markDescription(suggestion) : ""}
      </p>
      <p className="mark-summary small" id="letter-marks">
        {check.facts === null ? (
          "Suggestions are underlined in the letter once it is checked (on opening and after each save)."
        ) : suggestions.length === 0 ? (
          "Nothing underlined: the proofreader has no suggestions."
        ) : (
          <>
            Underlined:{" "}
            {counts.map(([kind, n], i) => (
              <span key={kind} className="mark-count">
                {i > 0 && " · "}
                <span className={`mark-swatch k-${kind}`} aria-hidden="true" /> {n} {kindLabels[kind].toLowerCase()}
              </span>
            ))}
            . <kbd>F8</kbd> goes to the next, <kbd>Alt</kbd>+<kbd>Enter</kbd> accepts, <kbd>Ctrl</kbd>+<kbd>.</kbd> reaches the buttons.
          </>
        )}
      </p>
    </div>
  );
}

function toMark(s: CheckedSuggestion): TextMark {
  return { id: s.key, start: s.start, end: s.end, className: `text-mark k-${s.kind}`, description: markDescription(s) };
}

function countByKind(list: CheckedSuggestion[]): [CheckedSuggestion["kind"], number][] {
  const counts = new Map<CheckedSuggestion["kind"], number>();
  for (const s of list) counts.set(s.kind, (counts.get(s.kind) ?? 0) + 1);
  return [...counts];
}

/** The transaction that turns the document into this text, touching only what differs. */
function replaceWith(state: EditorState, text: string) {
  const next = plainToDoc(text, state.schema);
  const start = state.doc.content.findDiffStart(next.content) ?? 0;
  const diffEnd = state.doc.content.findDiffEnd(next.content);
  let endA = diffEnd?.a ?? state.doc.content.size;
  let endB = diffEnd?.b ?? next.content.size;
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  return state.tr.replace(start, endA, next.slice(start, endB));
}

/** The mark at the caret and where its box goes: under its first line, kept inside the editor. */
function activeBox(editor: Editor): Active | null {
  const mark = markAtSelection(editor.state);
  if (!mark) return null;
  const view = editor.view;
  const frame = view.dom.getBoundingClientRect();
  const at = view.coordsAtPos(mark.from);
  const width = view.dom.clientWidth;
  const left = Math.max(0, Math.min(at.left - frame.left, width - Math.min(POPOVER_WIDTH, width)));
  return { id: mark.id, top: Math.round(at.bottom - frame.top + 6), left: Math.round(left) };
}

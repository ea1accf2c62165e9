"use client";
import { useEffect, useId, useState } from "react";
import { LetterCheck, type LetterCheckApi } from "./letter-check";
import { useCompose, type ComposeBody } from "./use-compose";

export type InsertMode = "replace-all" | "replace-selection" | "append";

export type AssistPanelProps = {
  orderId: string;
  /** The letter as it is in the editor now. */
  getText(): string;
  /** The editor's selection (start === end for a cursor), in string indices of getText(). */
  getSelection(): { start: number; end: number; text: string };
  /** Puts finished AI text into the editor: a draft replaces all, a rewrite the selection, a continuation is appended. */
  onInsert(text: string, mode: InsertMode): void;
  /** Replaces [start, end) of the editor's text: accepted suggestions, and continuing from the cursor. */
  onReplaceRange(start: number, end: number, text: string): void;
  /** Called after AI text went into the editor (e.g. to save it as an AI-authored version). */
  onAiFinished?(): void;
  /** Proofreading of the letter, shared with the marks in the editor. */
  check: LetterCheckApi;
};

const presets = [
  { value: "warmer", label: "Warmer" },
  { value: "simpler", label: "Simpler" },
  { value: "shorter", label: "Shorter" },
  { value: "more_formal", label: "More formal" },
] as const;

const OFFLINE_LABEL = "Offline composer — no AI service configured";

/** The assistance column of the writer's workspace: AI drafting and rewriting, proofreading, fact check. */
export function AssistPanel({ orderId, getText, getSelection, onInsert, onReplaceRange, onAiFinished, check }: AssistPanelProps) {
  const id = useId();
  const compose = useCompose(orderId);
  const { setComposer } = compose;
  const [how, setHow] = useState<string>("warmer");
  const [ownInstruction, setOwnInstruction] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [placed, setPlaced] = useState(false);

  useEffect(() => {
    let live = true;
    fetch("/api/ai/compose")
      .then((r) => (r.ok ? r.json() : null))
      .then((status: { composer: "openai" | "offline" } | null) => {
        if (live && status) setComposer(status.composer);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [setComposer]);

  /**
   * Streams, then places the text. A stopped or failed stream still hands over what arrived when
   * that only adds to the letter; a partial rewrite or a partial draft over existing text would
   * lose words, so it stays in the panel instead.
   */
  async function runAndInsert(body: ComposeBody, place: (text: string) => void, partialIsSafe: boolean) {
    setProblem(null);
    setPlaced(false);
    const outcome = await compose.run(body);
    if (!outcome.text.trim() || (outcome.status !== "done" && !partialIsSafe)) return;
    place(outcome.text);
    setPlaced(true);
    onAiFinished?.();
  }

  function draft() {
    void runAndInsert({ mode: "draft" }, (text) => onInsert(text, "replace-all"), getText().trim() === "");
  }

  function rewrite() {
    const selection = getSelection();
    if (!selection.text.trim()) {
      setProblem("Select the passage to rewrite first.");
      return;
    }
    const instruction = ownInstruction.trim() || how;
    void runAndInsert({ mode: "rewrite", selection: selection.text, instruction }, (text) => onInsert(text, "replace-selection"), false);
  }

  function continueHere() {
    const text = getText();
    const cursor = getSelection().end;
    // At the end of the letter the new text is appended; in the middle it goes in at the cursor.
    if (text.slice(cursor).trim() === "") {
      void runAndInsert({ mode: "continue", textBefore: text }, (added) => onInsert(added, "append"), true);
    } else {
      void runAndInsert({ mode: "continue", textBefore: text.slice(0, cursor) }, (added) => onReplaceRange(cursor, cursor, added), true);
    }
  }

  const busy = compose.streaming;
  return (
    <aside className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Writing help</h2>
      {compose.composer === "offline" && <p className="alert info">{OFFLINE_LABEL}</p>}

      <div className="row">
        <button type="button" className="button primary" onClick={draft} disabled={busy}>
          Draft from the brief
        </button>
        <button type="button" className="button" onClick={continueHere} disabled={busy}>
          Continue from here
        </button>
      </div>

      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className="small muted">Rewrite the passage you selected in the letter</legend>
        <div className="field">
          <label htmlFor={`${id}-how`}>How</label>
          <select id={`${id}-how`} value={how} onChange={(e) => setHow(e.target.value)} disabled={busy}>
            {presets.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-own`}>Or your own instruction</label>
          <input
            id={`${id}-own`}
            type="text"
            value={ownInstruction}
            maxLength={300}
            onChange={(e) => setOwnInstruction(e.target.value)}
            disabled={busy}
          />
        </div>
        <div className="row">
          <button type="button" className="button" onClick={rewrite} disabled={busy}>
            Rewrite the selection
          </button>
        </div>
      </fieldset>

      {(busy || compose.text) && (
        <section className="stack">
          <div className="row">
            <h3 className="small" style={{ margin: 0 }}>
              {busy ? "Writing…" : placed ? "Last result, already placed in your text" : "Unfinished, not placed in your text: copy what you need"}
            </h3>
            {busy && (
              <button type="button" className="button danger" onClick={compose.stop}>
                Stop
              </button>
            )}
          </div>
          <p aria-live="polite" aria-busy={busy} style={{ whiteSpace: "pre-wrap", margin: 0 }}>
            {compose.text}
          </p>
        </section>
      )}
      {compose.notice && <p className="alert info">{compose.notice}</p>}
      {(compose.error || problem || check.problem) && (
        <p className="alert error" role="alert">
          {problem ?? compose.error ?? check.problem}
        </p>
      )}

      <div className="row">
        <button type="button" className="button" onClick={() => void check.check()} disabled={check.checking}>
          Check the letter
        </button>
        {check.checking && (
          <span className="muted small" role="status">
            Checking…
          </span>
        )}
      </div>
      {check.facts && (
        <LetterCheck
          suggestions={check.suggestions}
          facts={check.facts}
          busyKey={check.busyKey}
          onAccept={check.accept}
          onDismiss={check.dismiss}
          onAddWord={check.addWord}
        />
      )}
    </aside>
  );
}

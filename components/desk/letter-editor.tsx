"use client";
import { startTransition, useState } from "react";
import { letterStats } from "@/lib/letters/letter-stats";
import type { LetterLength } from "@/lib/orders/catalogue";
import { useLetterDraft } from "./letter-draft-context";
import { LetterTextEditor } from "./letter-text-editor";

type Props = {
  length: LetterLength;
  lang: string;
  canSubmit: boolean;
  /** Whether the last saved version passes the review checklist; if not, submitting needs a reason. */
  checklistClean: boolean;
};

const fitLabels = { short: "under the range", within: "within the range", long: "over the range" } as const;

/** The writing surface: the text, its length against the brief, saving and handing to the editor. */
export function LetterEditor({ length, lang, canSubmit, checklistClean }: Props) {
  const { text, dirty, state, pending, run } = useLetterDraft();
  const save = () => startTransition(() => run({ kind: "save" }));
  const [reason, setReason] = useState("");
  const reasonError = state.fieldErrors.overrideReason;
  const stats = letterStats(text, length);
  const status = pending
    ? "Saving…"
    : dirty
      ? state.savedNumber
        ? `Unsaved changes (version ${state.savedNumber} is saved)`
        : "Not saved yet"
      : state.savedNumber
        ? `Saved · version ${state.savedNumber}`
        : "Nothing written yet";
  return (
    <form
      className="form letter-editor"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <div className="field">
        {/* The editor is not a form control, so its label names it through aria-labelledby. */}
        <span id="letter-label" className="field-label">
          Letter
        </span>
        <LetterTextEditor labelId="letter-label" describedBy="letter-stats letter-marks letter-keys" lang={lang} onSave={save} />
        <input type="hidden" name="body" value={text} />
        <p id="letter-stats" className={`letter-stats fit-${stats.fit}`}>
          <strong>{stats.words} words</strong> ({fitLabels[stats.fit]} of {stats.minWords}–{stats.maxWords})
          {stats.words > 0 && ` · about ${stats.minutes} min to read`}
        </p>
        <p id="letter-keys" className="small muted letter-keys">
          Changes are saved every few seconds; Ctrl+S (⌘S) saves a version now. Enter starts a paragraph, Shift+Enter a new line.
        </p>
      </div>
      {state.error && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      {state.message && !state.error && <p className="alert info">{state.message}</p>}
      {canSubmit && !checklistClean && (
        <div className="field override-reason">
          <label htmlFor="override-reason">Reason for submitting anyway</label>
          <span className="hint" id="override-reason-hint">
            The checklist has open items. Fix them, or tell the editor in a sentence (at least 10 characters) why the
            letter should be read as it is.
          </span>
          <textarea
            id="override-reason"
            name="overrideReason"
            rows={3}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={!!reasonError}
            aria-describedby={reasonError ? "override-reason-hint override-reason-error" : "override-reason-hint"}
          />
          {reasonError && (
            <span className="field-error" id="override-reason-error">
              {reasonError.join(" ")}
            </span>
          )}
        </div>
      )}
      <div className="row editor-actions">
        <button className="button" type="submit">
          Save version
        </button>
        {canSubmit && (
          <button className="button primary" type="button" onClick={() => startTransition(() => run({ kind: "submit", overrideReason: checklistClean ? undefined : reason }))}>
            Submit for review
          </button>
        )}
        <p className="save-status small" role="status" aria-live="polite">
          {status}
        </p>
      </div>
    </form>
  );
}

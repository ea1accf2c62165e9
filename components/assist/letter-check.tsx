"use client";
import { factPrefixes, type FactCheck } from "@/lib/facts/fact-kinds";
import type { ProofreadSuggestion } from "@/lib/proofread/suggestion";
import { kindLabels } from "./suggestion-labels";

export type CheckedSuggestion = ProofreadSuggestion & { flagged: string };

/** A note's quoted passage, highlighted in the letter while its words are there. */
export type NotedPassage = { id: string; start: number; end: number; flagged: string; number: number; description: string };

export type LetterCheckApi = {
  /** Open suggestions at their places in the text as it is now (they follow the writer's edits). */
  suggestions: CheckedSuggestion[];
  /** The notes' passages, placed and followed the same way; one whose words were edited drops out. */
  passages: NotedPassage[];
  /** The fact check of the last check, or null before the first. */
  facts: FactCheck[] | null;
  /** A check the writer asked for is running (the automatic ones after each save run quietly). */
  checking: boolean;
  /** The suggestion an accept, dismiss or dictionary request is running for. */
  busyKey: string | null;
  problem: string | null;
  /** Checks the letter now, as the writer asked (with the AI pass when one is configured). */
  check(): Promise<void>;
  accept(suggestion: CheckedSuggestion): void;
  dismiss(suggestion: CheckedSuggestion): void;
  addWord(suggestion: CheckedSuggestion): void;
};

type Props = {
  suggestions: CheckedSuggestion[];
  facts: FactCheck[];
  busyKey: string | null;
  onAccept(suggestion: CheckedSuggestion): void;
  onDismiss(suggestion: CheckedSuggestion): void;
  onAddWord(suggestion: CheckedSuggestion): void;
};

/** The results of "Check the letter": proofreading suggestions, then the brief's facts. */
export function LetterCheck({ suggestions, facts, busyKey, onAccept, onDismiss, onAddWord }: Props) {
  return (
    <div className="stack">
      <section>
        <h3>Suggestions</h3>
        {suggestions.length === 0 ? (
          <p className="muted">No suggestions. The letter reads cleanly.</p>
        ) : (
          <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
            {suggestions.map((s) => (
              <li key={s.key} className="card">
                <p id={`sg-${s.key}`}>
                  <span className={`mark-swatch k-${s.kind}`} aria-hidden="true" /> <span className="badge">{kindLabels[s.kind]}</span> <span className="muted small">{s.source === "ai" ? "AI" : "Proofreader"}</span>{" "}
                  <q>{excerpt(s.flagged)}</q> — {s.message}
                  {s.replacements[0] !== undefined && (
                    <>
                      {" "}
                      <span className="muted">Suggested: {s.replacements[0] === "" ? "remove it" : <q>{s.replacements[0]}</q>}</span>
                    </>
                  )}
                </p>
                <div className="row">
                  {s.replacements[0] !== undefined && (
                    <button type="button" className="button" aria-describedby={`sg-${s.key}`} disabled={busyKey === s.key} onClick={() => onAccept(s)}>
                      Accept
                    </button>
                  )}
                  <button type="button" className="button quiet" aria-describedby={`sg-${s.key}`} disabled={busyKey === s.key} onClick={() => onDismiss(s)}>
                    Dismiss
                  </button>
                  {s.kind === "spelling" && /^[\p{L}\p{M}'’-]+$/u.test(s.flagged) && (
                    <button type="button" className="button quiet" aria-describedby={`sg-${s.key}`} disabled={busyKey === s.key} onClick={() => onAddWord(s)}>
                      Add to my dictionary
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3>Against the brief</h3>
        <ul style={{ listStyle: "none", padding: 0 }}>
          {facts.map((f, i) => (
            <li key={`${f.kind}-${i}`}>
              <span role="img" aria-label={f.ok ? "fine" : "needs attention"}>
                {f.ok ? "✓" : "✗"}
              </span>{" "}
              <strong>{factPrefixes[f.kind]}</strong> {f.label}
              {f.detail && <span className="muted small"> — {f.detail}</span>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

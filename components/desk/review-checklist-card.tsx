"use client";
import { factPrefixes, type FactCheck } from "@/lib/facts/fact-kinds";
import { useLetterDraft } from "./letter-draft-context";

type Props = { version: number; misspellings: string[]; facts: FactCheck[] };


function Mark({ ok }: { ok: boolean }) {
  return (
    <span className={ok ? "check-mark ok" : "check-mark open"} role="img" aria-label={ok ? "done" : "open"}>
      {ok ? "✓" : "✗"}
    </span>
  );
}

/**
 * "Before you submit": the checklist the server applies on submit, worked out on the last saved
 * version (saving refreshes it), so the writer sees what would hold the letter back.
 */
export function ReviewChecklistCard({ version, misspellings, facts }: Props) {
  const { dirty } = useLetterDraft();
  const words = [...new Set(misspellings)];
  return (
    <section className="card review-checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">Before you submit</h2>
      <p className="small muted">
        Checked on version {version}
        {dirty && " · save to check your latest changes"}.
      </p>
      <ul className="plain-list checklist-items">
        <li>
          <Mark ok={misspellings.length === 0} />{" "}
          {misspellings.length === 0 ? (
            "No open spelling suggestions"
          ) : (
            <>
              {misspellings.length === 1 ? "1 open spelling suggestion" : `${misspellings.length} open spelling suggestions`}
              <span className="muted small"> — {words.map((w) => `“${w}”`).join(", ")}</span>
            </>
          )}
        </li>
        {facts.map((f, i) => (
          <li key={`${f.kind}-${i}`}>
            <Mark ok={f.ok} /> <strong>{factPrefixes[f.kind]}</strong> {f.label}
            {f.detail && <span className="muted small"> — {f.detail}</span>}
          </li>
        ))}
      </ul>
      <p className="small muted">Accept or dismiss suggestions on their underlines in the letter (F8 goes to the next) or in Writing help; dismissed ones no longer count.</p>
    </section>
  );
}

import type { ReactNode } from "react";

/**
 * The right-hand column of the workspace, kept for the drafting and proofreading assistance.
 * Pass the panel as children; until then a placeholder says what will appear here. Inside the
 * workspace the panel can read and replace the letter with useLetterDraft() (letter-draft-context).
 */
export function AssistanceSlot({ children }: { children?: ReactNode }) {
  return (
    <aside className="card assistance-slot" aria-labelledby="assistance-heading">
      <h2 id="assistance-heading">Assistance</h2>
      {children ?? <p className="muted small">Drafting help and proofreading suggestions will appear here.</p>}
    </aside>
  );
}

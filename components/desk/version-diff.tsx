import type { VersionDiff as Diff } from "@/lib/letters/diff-versions";

/**
 * A readable word-level comparison. Added and removed words differ by colour and also by a visible
 * sign, underline or strike-through, and words a screen reader announces, so colour is never the only cue.
 */
export function VersionDiff({ diff, from, to }: { diff: Diff; from: number; to: number }) {
  const changed = diff.wordsAdded + diff.wordsRemoved > 0;
  return (
    <figure className="version-diff">
      <figcaption>
        Changes from version {from} to version {to}:{" "}
        {changed ? (
          <>
            <span className="diff-count added">{diff.wordsAdded} words added</span>,{" "}
            <span className="diff-count removed">{diff.wordsRemoved} removed</span>
          </>
        ) : (
          "no changes"
        )}
      </figcaption>
      <div className="diff-text">
        {diff.parts.map((part, i) =>
          part.kind === "added" ? (
            <ins key={i}>
              <span className="visually-hidden">[added: </span>
              <span className="diff-sign" aria-hidden="true">+</span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          ) : part.kind === "removed" ? (
            <del key={i}>
              <span className="visually-hidden">[removed: </span>
              <span className="diff-sign" aria-hidden="true">−</span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </div>
      <p className="diff-legend small muted" aria-hidden="true">
        <ins>
          <span className="diff-sign">+</span>added
        </ins>{" "}
        <del>
          <span className="diff-sign">−</span>removed
        </del>
      </p>
    </figure>
  );
}

import { Fragment, type ReactNode } from "react";
import { kindLabels, markDescription } from "@/components/assist/suggestion-labels";
import { segmentText, type Segment } from "@/lib/editor/segment-text";
import type { PassageMark } from "@/lib/letters/anchor-passages";
import type { ProofreadSuggestion } from "@/lib/proofread/suggestion";

type Props = {
  body: string;
  lang: string;
  /** The proofreader's open suggestions on this text. */
  suggestions: readonly ProofreadSuggestion[];
  /** Notes placed on the passages they quote, numbered; each links to `#note-<id>`. */
  passages: readonly PassageMark[];
  labelledBy: string;
};

/**
 * The letter's words read-only, with the same underlines as the writer's editor (a colour and a
 * line style per kind, the explanation as the words' description) and the passages that notes
 * quote highlighted, numbered and linked to their note. Rendered on the server: no script needed.
 */
export function MarkedLetter({ body, lang, suggestions, passages, labelledBy }: Props) {
  const byId = new Map<string, { kind: "suggestion"; s: ProofreadSuggestion } | { kind: "passage"; p: PassageMark }>();
  suggestions.forEach((s, i) => byId.set(`s${i}`, { kind: "suggestion", s }));
  passages.forEach((p) => byId.set(`p${p.id}`, { kind: "passage", p }));
  const spans = [
    ...suggestions.map((s, i) => ({ id: `s${i}`, start: s.start, end: s.end })),
    ...passages.map((p) => ({ id: `p${p.id}`, start: p.start, end: p.end })),
  ];

  const piece = (segment: Segment): ReactNode => {
    let node: ReactNode = lines(body.slice(segment.start, segment.end));
    // Suggestions inside, the passage highlight around them.
    for (const id of segment.ids) {
      const found = byId.get(id);
      if (found?.kind === "suggestion") {
        node = (
          <span className={`text-mark k-${found.s.kind}`} aria-description={markDescription(found.s)} title={markDescription(found.s)}>
            {node}
          </span>
        );
      }
    }
    for (const id of segment.ids) {
      const found = byId.get(id);
      if (found?.kind !== "passage") continue;
      const ends = found.p.end === segment.end;
      node = (
        <mark className="passage-mark">
          {node}
          {ends && (
            <a href={`#note-${found.p.id}`} className="passage-ref">
              <span className="visually-hidden">note </span>
              {found.p.number}
            </a>
          )}
        </mark>
      );
    }
    return <Fragment key={segment.start}>{node}</Fragment>;
  };

  return (
    <div className="letter-paper marked-letter">
      <div className="letter-text" lang={lang} role="document" aria-labelledby={labelledBy}>
        {segmentText(body, spans).map((paragraph) => (
          <p key={paragraph.start}>{paragraph.segments.map(piece)}</p>
        ))}
      </div>
    </div>
  );
}

/** The proofreader's suggestions on the text as a list: where, what kind, why, and the fix. */
export function SuggestionList({ body, suggestions }: { body: string; suggestions: readonly ProofreadSuggestion[] }) {
  if (suggestions.length === 0) return <p className="mark-summary small">Nothing underlined: the proofreader has no suggestions on this version.</p>;
  return (
    <ol className="plain-list suggestion-list small">
      {suggestions.map((s, i) => (
        <li key={`${s.key}-${i}`}>
          <span className={`mark-swatch k-${s.kind}`} aria-hidden="true" /> <strong>{kindLabels[s.kind]}</strong> <q>{body.slice(s.start, s.end)}</q> —{" "}
          {s.message}
          {s.replacements[0] !== undefined && <span className="muted"> Suggested: {s.replacements[0] === "" ? "remove it" : <q>{s.replacements[0]}</q>}</span>}
        </li>
      ))}
    </ol>
  );
}

/** A line break inside a paragraph stays a line break. */
function lines(text: string): ReactNode {
  const parts = text.split("\n");
  return parts.length === 1 ? text : parts.flatMap((line, i) => (i === 0 ? [line] : [<br key={i} />, line]));
}

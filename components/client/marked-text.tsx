import type { ReactNode } from "react";
import type { PassageMark } from "@/lib/letters/anchor-passages";

/**
 * The letter's words with the passages the client commented on highlighted and numbered, each
 * linked to its note (`#note-<id>`): the handwriting above is an image, so the anchors live here.
 */
export function MarkedText({ body, marks }: { body: string; marks: readonly PassageMark[] }) {
  const nodes: ReactNode[] = [];
  let at = 0;
  for (const m of marks) {
    nodes.push(body.slice(at, m.start));
    nodes.push(
      <mark key={m.id} className="passage-mark">
        {body.slice(m.start, m.end)}
        <a href={`#note-${m.id}`} className="passage-ref">
          <span className="visually-hidden">your note </span>
          {m.number}
        </a>
      </mark>,
    );
    at = m.end;
  }
  nodes.push(body.slice(at));
  return (
    <details className="card marked-text-card" open>
      <summary>Your notes, marked in the letter&apos;s words</summary>
      <p className="marked-text">{nodes}</p>
    </details>
  );
}

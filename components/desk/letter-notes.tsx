import { LocalTime } from "@/components/local-time";
import type { Comment } from "@/lib/db/schema";
import type { PassageMark } from "@/lib/letters/anchor-passages";

type Note = {
  id: string;
  kind: Comment["kind"];
  body: string;
  quote: string | null;
  createdAt: Date;
  authorName: string;
  authorRole: string;
};

const kindLabels: Record<Comment["kind"], string> = {
  review_note: "Editor's note",
  revision_request: "Changes requested",
  comment: "Comment",
};

/**
 * Review notes and the client's comments and change requests, newest first. A note whose passage is
 * marked in the letter carries the mark's number, and the mark links here (`#note-<id>`).
 */
export function LetterNotes({ notes, passages = [] }: { notes: Note[]; passages?: readonly PassageMark[] }) {
  const numbers = new Map(passages.map((p) => [p.id, p.number]));
  return (
    <section className="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading">Notes on this letter</h2>
      {notes.length === 0 ? (
        <p className="muted small">No notes yet.</p>
      ) : (
        <ol className="plain-list stack letter-notes">
          {[...notes].reverse().map((note) => (
            <li key={note.id} id={`note-${note.id}`} className={`letter-note k-${note.kind}`}>
              <p className="note-meta small">
                {numbers.has(note.id) && (
                  <span className="note-number">
                    <span className="visually-hidden">Marked in the letter as </span>
                    {numbers.get(note.id)}
                  </span>
                )}
                <strong>{note.kind === "review_note" && note.authorRole === "writer" ? "Writer's note for the editor" : kindLabels[note.kind]}</strong> · {note.authorName} ·{" "}
                <LocalTime value={note.createdAt} />
              </p>
              {note.quote && <blockquote className="note-quote">{note.quote}</blockquote>}
              <p className="note-body">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

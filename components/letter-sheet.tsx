type Props = {
  /** The engine's pages (renderLetterSvg), the same pages that print; null while they load. */
  pages: string[] | null;
  missingCharacters: string[];
  /** Who reads the warning about characters no hand can write: they are told what to do. */
  audience: "client" | "writer" | "editor";
  label?: string;
};

const whatToDo = {
  client: "Change them in your brief, or tell us in a comment: nothing is printed while any are left.",
  writer: "Change them in the letter: it cannot be sent to print while any are left.",
  editor: "Send the letter back to the writer to change them: it cannot be printed while any are left.",
};

/**
 * The letter as it will print: the handwriting engine's SVG pages, scaled to the screen. Its SVG is
 * built on the server from escaped text and catalogue colours only.
 */
export function LetterSheet({ pages, missingCharacters, audience, label = "The letter" }: Props) {
  return (
    <div className="letter-sheet-wrap">
      {missingCharacters.length > 0 && (
        <div className="alert warning" role="status">
          <strong>No handwriting can write {missingCharacters.length === 1 ? "this character" : "these characters"}: </strong>
          <span className="missing-characters">{missingCharacters.map((c) => `“${c}”`).join(" ")}</span>. They show as empty boxes. {whatToDo[audience]}
        </div>
      )}
      {pages ? (
        <article className="letter-sheet" aria-label={label}>
          {pages.map((svg, index) => (
            <div key={index} className="letter-page" dangerouslySetInnerHTML={{ __html: svg }} />
          ))}
        </article>
      ) : (
        <div className="letter-sheet">
          <div className="sample-placeholder letter-loading" role="status">
            <span>Writing out the letter…</span>
          </div>
        </div>
      )}
    </div>
  );
}

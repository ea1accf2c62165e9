import { EPub, type Chapter } from "epub-gen-memory";
import type { BookInput } from "./book-input";
import { letterStructure, plainParagraphs } from "./letter-structure";
import { IMPRINT, copyrightLines, partLabel } from "./typeset-interior";

// Letter text is escaped here and nowhere else: the EPUB's chapters are built as HTML strings.
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const lines = (ls: string[]) => ls.map(escapeHtml).join("<br/>");

const CSS = `
body { font-family: serif; line-height: 1.5; }
h1 { font-weight: normal; text-align: center; margin: 2em 0 1.5em; }
p { margin: 0; text-indent: 1.2em; text-align: justify; hyphens: auto; }
p.salutation, p.closing, p.postscript, p.first { text-indent: 0; }
p.salutation { margin-bottom: 0.6em; }
p.closing { margin-top: 1em; text-align: right; font-style: italic; }
p.postscript { margin-top: 1em; }
.centered { text-align: center; text-indent: 0; margin-top: 30%; font-style: italic; }
.copyright p { text-indent: 0; text-align: left; font-size: 0.85em; margin-bottom: 0.6em; }
`;

/** A letter as the EPUB sets it: salutation, paragraphs (the writer's line breaks kept), closing, P.S. */
function letterHtml(text: string): string {
  const { salutation, paragraphs, closing, postscript } = letterStructure(text);
  return [
    salutation ? `<p class="salutation">${escapeHtml(salutation)}</p>` : "",
    ...paragraphs.map((p, i) => `<p${i === 0 ? ' class="first"' : ""}>${lines(p)}</p>`),
    closing ? `<p class="closing">${lines(closing)}</p>` : "",
    postscript ? `<p class="postscript">${lines(postscript)}</p>` : "",
  ].join("\n");
}

/**
 * The book as an EPUB 3 for reading on screens and e-readers: the same front matter, parts and
 * letters, in the reader's own fonts. A pure function of the same data as the PDFs (no network:
 * no cover image or font is fetched), so it runs in the worker beside them.
 */
export async function typesetEpub(book: BookInput): Promise<Uint8Array> {
  const chapters: Chapter[] = [
    { title: "Copyright", excludeFromToc: true, beforeToc: true, content: `<div class="copyright">${copyrightLines(book).map((l) => `<p>${escapeHtml(l)}</p>`).join("")}</div>` },
  ];
  if (book.dedication.trim()) {
    chapters.push({ title: "Dedication", excludeFromToc: true, beforeToc: true, content: `<p class="centered">${lines(book.dedication.trim().split("\n"))}</p>` });
  }
  if (book.foreword.trim()) {
    chapters.push({ title: "Foreword", content: plainParagraphs(book.foreword).map((p, i) => `<p${i === 0 ? ' class="first"' : ""}>${escapeHtml(p)}</p>`).join("\n") });
  }
  let parts = 0;
  for (const part of book.parts) {
    const title = part.title?.trim();
    // The chapter's title is printed as its heading: "Part One: Birthdays" on a page of its own.
    if (title) chapters.push({ title: `${partLabel(parts++)}: ${title}`, content: "" });
    for (const letter of part.letters) chapters.push({ title: letter.title, content: letterHtml(letter.text) });
  }
  // The class, not the default export: a CommonJS default does not survive every ESM loader.
  const bytes = await new EPub(
    {
      title: book.subtitle ? `${book.title}: ${book.subtitle}` : book.title,
      author: book.credit,
      publisher: IMPRINT,
      description: book.blurb || undefined,
      lang: book.language,
      tocTitle: "Contents",
      css: CSS,
      version: 3,
      verbose: false,
    },
    chapters,
  ).genEpub();
  return new Uint8Array(bytes);
}

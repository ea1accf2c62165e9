import { getSchema } from "@tiptap/core";
import Document from "@tiptap/extension-document";
import HardBreak from "@tiptap/extension-hard-break";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import type { Fragment, Node as PmNode, Schema } from "@tiptap/pm/model";

// A letter is stored as plain text: paragraphs separated by a blank line ("\n\n"), a single "\n"
// inside a paragraph (a sign-off's "Love,\nClara") is a line break. In the editor the same text is
// a ProseMirror document of paragraphs holding text and hard breaks. This module is the one place
// that converts between the two, and between offsets in the text and positions in the document.

/** The nodes a letter is made of: the editor's extensions for its schema, and the schema itself. */
export const letterNodes = [Document, Paragraph, Text, HardBreak];
export const letterSchema = getSchema(letterNodes);

const PARAGRAPH_BREAK = "\n\n";
const LINE_BREAK = "\n";

/**
 * The document for a letter's text. Lossless: `docToPlain(plainToDoc(t)) === t` for every string,
 * including leading, trailing and tripled line breaks (a third "\n" starts the next paragraph with
 * a line break) and empty paragraphs. In an editor pass its own schema: ProseMirror only accepts
 * nodes made from the very schema instance it runs.
 */
export function plainToDoc(text: string, schema: Schema = letterSchema): PmNode {
  const { nodes } = schema;
  const paragraphs = text.split(PARAGRAPH_BREAK).map((paragraph) => {
    const inline: PmNode[] = [];
    paragraph.split(LINE_BREAK).forEach((line, i) => {
      if (i > 0) inline.push(nodes.hardBreak.create());
      if (line) inline.push(schema.text(line));
    });
    return nodes.paragraph.create(null, inline);
  });
  return nodes.doc.create(null, paragraphs);
}

/** The letter's text for a document, or for a fragment of its paragraphs (what is copied). */
export function docToPlain(doc: PmNode | Fragment): string {
  const paragraphs: string[] = [];
  doc.forEach((paragraph) => {
    let text = "";
    paragraph.forEach((inline) => {
      text += inline.isText ? inline.text! : LINE_BREAK;
    });
    paragraphs.push(text);
  });
  return paragraphs.join(PARAGRAPH_BREAK);
}

/**
 * The document position of an offset in the letter's text. An offset inside a paragraph break
 * (between its two "\n") is placed at the end of the paragraph before it.
 */
export function plainToPos(doc: PmNode, offset: number): number {
  let plain = 0;
  let found = -1;
  let last = 0;
  doc.forEach((paragraph, pos) => {
    if (found >= 0) return;
    const contentStart = pos + 1;
    const length = paragraph.content.size; // text counts its UTF-16 units, a hard break 1: as in the plain text
    if (offset <= plain + length) found = contentStart + Math.max(0, offset - plain);
    else if (offset < plain + length + PARAGRAPH_BREAK.length) found = contentStart + length;
    plain += length + PARAGRAPH_BREAK.length;
    last = contentStart + length;
  });
  return found >= 0 ? found : last;
}

/** The offset in the letter's text of a document position (a position between paragraphs counts as the end of the one before). */
export function posToPlain(doc: PmNode, pos: number): number {
  let plain = 0;
  let found = -1;
  doc.forEach((paragraph, start) => {
    if (found >= 0) return;
    const contentStart = start + 1;
    const length = paragraph.content.size;
    if (pos <= start) found = Math.max(0, plain - PARAGRAPH_BREAK.length);
    else if (pos <= contentStart) found = plain;
    else if (pos <= contentStart + length) found = plain + pos - contentStart;
    plain += length + PARAGRAPH_BREAK.length;
  });
  return found >= 0 ? found : Math.max(0, plain - PARAGRAPH_BREAK.length);
}

export type LetterStructure = {
  salutation: string | null;
  /** Paragraphs, each as its lines (a single line break inside a paragraph is the writer's). */
  paragraphs: string[][];
  /** The sign-off lines ("With love," / "Clara"), set apart and kept with the last paragraph. */
  closing: string[] | null;
  postscript: string[] | null;
};

/** A text's paragraphs (blank-line separated), each as its trimmed lines. */
export function paragraphLines(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((p) => p.split("\n").map((line) => line.trim().replace(/\s+/g, " ")).filter(Boolean))
    .filter((p) => p.length > 0);
}

/** A text's paragraphs as running text (line breaks inside a paragraph become spaces). */
export const plainParagraphs = (text: string): string[] => paragraphLines(text).map((lines) => lines.join(" "));

const SALUTATION = /^(dear|dearest|my dear|my|hello|hi|to)\b.{0,60}[,:!—]?$|^.{1,50}[,:]$/iu;
const VALEDICTION =
  /^(with (all )?(my )?(love|thanks|gratitude|affection)|all (my )?love|love( always)?|yours( ever| always| truly| sincerely)?|(warm(est)?|kind(est)?|best) (regards|wishes)|best|sincerely|fondly|always|forever yours|thank you|cheers|with love and gratitude|until (then|soon)|xo+)\b/iu;
const POSTSCRIPT = /^p\.?\s?s\.?/iu;

/**
 * Finds the parts of a letter a book sets differently: the salutation on its own line, the body,
 * the closing ("With love, Clara" becomes two lines) and a P.S. Anything not clearly a salutation or
 * a closing stays body text, so an unusual letter is never mangled, only set plainly.
 */
export function letterStructure(text: string): LetterStructure {
  let paragraphs = paragraphLines(text);
  let salutation: string | null = null;
  if (paragraphs.length > 1 && paragraphs[0].length === 1 && paragraphs[0][0].length <= 70 && SALUTATION.test(paragraphs[0][0])) {
    salutation = paragraphs[0][0];
    paragraphs = paragraphs.slice(1);
  }
  let postscript: string[] | null = null;
  if (paragraphs.length > 1 && POSTSCRIPT.test(paragraphs.at(-1)![0])) {
    postscript = paragraphs.at(-1)!;
    paragraphs = paragraphs.slice(0, -1);
  }
  let closing: string[] | null = null;
  const isSignOff = (p: string[] | undefined) => !!p && p.length <= 3 && p.every((line) => line.length <= 60) && VALEDICTION.test(p[0]);
  const isName = (p: string[] | undefined) => !!p && p.length === 1 && /^(\p{Lu}[\p{L}'’.-]*\s?){1,3}$/u.test(p[0]);
  if (paragraphs.length > 2 && isName(paragraphs.at(-1)) && isSignOff(paragraphs.at(-2)) && paragraphs.at(-2)!.length === 1) {
    // "With love," and "Clara" written as two paragraphs.
    closing = [paragraphs.at(-2)![0], paragraphs.at(-1)![0]];
    paragraphs = paragraphs.slice(0, -2);
  } else if (paragraphs.length > 1 && isSignOff(paragraphs.at(-1))) {
    const last = paragraphs.at(-1)!;
    closing = last.length > 1 ? last : splitSignOff(last[0]);
    paragraphs = paragraphs.slice(0, -1);
  }
  return { salutation, paragraphs, closing, postscript };
}

/** "With love, Clara" → ["With love,", "Clara"]; a sign-off without a name stays one line. */
function splitSignOff(line: string): string[] {
  const match = /^(.*?[,—–])\s+(\S.*)$/u.exec(line);
  return match && VALEDICTION.test(match[1]) ? [match[1], match[2]] : [line];
}

// Word matching for checking a letter against its brief: "teaching me to swim" and "you taught me
// to swim" share "teach" and "swim". Each word is taken to its dictionary form by compromise
// ("taught" → "teach", "stories" → "story"), then to its Porter2 stem ("missed" and "miss" alike).
import nlp from "compromise";
import stem from "wink-porter2-stemmer";

const STOP_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from into onto about as is are was were be been being " +
    "i me my mine we us our ours you your yours he him his she her hers they them their theirs it its this that " +
    "these those there here then than so too very just also all any some every each no not nor do does did done " +
    "have has had will would shall should can could may might must up down out over under again once when where " +
    "while how what which who whom why because until after before during through one ever always never more most " +
    "much many such own same other only"
  ).split(" "),
);

type Term = { normal: string; root?: string };

/** A meaningful word of a text and its stem. */
export type StemmedWord = { word: string; stem: string };

function stemmed(terms: Term[], extraStopWords: ReadonlySet<string>): StemmedWord[] {
  return terms
    .map((t) => ({ word: t.normal.replace(/[’']s$/, "").replace(/[’']/g, ""), root: (t.root ?? t.normal).replace(/[’']s$/, "").replace(/[’']/g, "") }))
    .filter(({ word }) => /\p{L}|\p{N}/u.test(word) && !STOP_WORDS.has(word) && !extraStopWords.has(word))
    .map(({ word, root }) => ({ word, stem: stem(root) }))
    .filter((w) => w.stem.length > 1);
}

// "We never swam", "we didn't go"; but "I will never forget" and "I can't wait" are not denials.
const DENIAL = /\b(never|not once|no longer|didn[’']t|did not|wasn[’']t|was not|weren[’']t|were not|hadn[’']t|had not|haven[’']t ever)\b/i;
const NOT_A_DENIAL = /\b(never|not) (forget|forgotten|forgot|stop|stopped|tire|tired)\b/i;

/** Whether a sentence says something did not happen. */
export function denies(sentence: string): boolean {
  return DENIAL.test(sentence) && !NOT_A_DENIAL.test(sentence);
}

/** One clause of a text: the stems of its meaningful words, and whether it denies something. */
export type Clause = { text: string; stems: Set<string>; negative: boolean };

// Clauses end at punctuation inside a sentence and before "and" or "but": in "she brought a
// casserole, and she never once made us feel we owed her", the denial is not about the casserole.
const CLAUSE_BREAK = /\s*(?:[,;:—–]|\band\b|\bbut\b)\s*/i;

/** The clauses of a letter, each with its stems and whether it says "never", "didn't" and the like. */
export function clauses(text: string): Clause[] {
  return (nlp(text).sentences().out("array") as string[])
    .flatMap((sentence) => sentence.split(CLAUSE_BREAK))
    .filter((clause) => clause.trim())
    .map((clause) => ({
      text: clause,
      stems: new Set(significantWords(clause).map((w) => w.stem)),
      negative: denies(clause),
    }));
}

/** The words of a phrase that carry meaning, with their stems, in order, one per stem. */
export function significantWords(text: string, extraStopWords: ReadonlySet<string> = new Set()): StemmedWord[] {
  const doc = nlp(text);
  doc.compute("root");
  const terms = (doc.json() as { terms: Term[] }[]).flatMap((s) => s.terms);
  const byStem = new Map<string, StemmedWord>();
  for (const w of stemmed(terms, extraStopWords)) if (!byStem.has(w.stem)) byStem.set(w.stem, w);
  return [...byStem.values()];
}

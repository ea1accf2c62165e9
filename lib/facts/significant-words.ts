// Rough word matching for checking a letter against its brief: "teaching me to swim" and "you
// taught me to swim" share "swim". Deliberately simple and explainable to a writer.
const STOP_WORDS = new Set(
  (
    "a an the and or but if of to in on at by for with from into onto about as is are was were be been being " +
    "i me my mine we us our ours you your yours he him his she her hers they them their theirs it its this that " +
    "these those there here then than so too very just also all any some every each no not nor do does did done " +
    "have has had will would shall should can could may might must up down out over under again once when where " +
    "while how what which who whom why because until after before during through one ever always never more most " +
    "much many such own same other only again"
  ).split(" "),
);

/** A crude stem, enough to match plural, past and -ing forms. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, "").replace(/[’']/g, "");
  for (const suffix of ["ing", "ed", "es", "s"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** The stems of a phrase's words that carry meaning, in order, without repeats. */
export function significantWords(text: string, extraStopWords: ReadonlySet<string> = new Set()): string[] {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}’']*/gu) ?? [];
  const stems = words
    .filter((w) => !STOP_WORDS.has(w.toLowerCase()) && !extraStopWords.has(w.toLowerCase()))
    .map(stem)
    .filter((s) => s.length > 1);
  return [...new Set(stems)];
}

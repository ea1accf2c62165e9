// Proofreading: warm and cold timing on a ~500-word letter, and recall and top-suggestion accuracy
// on a hand-written list of common misspellings.
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { proofreadLetter } from "@/lib/proofread/proofread-letter";
import { median, type Suite } from "../lib";

const RUNS = 30;
const root = path.resolve(import.meta.dirname, "../..");

const paragraphs = [
  "Dear Margaret,",
  "Happy birthday! I wanted to write to you properly this year, by hand, because a message on a screen never says enough. You have been at the centre of so many of my best days, and I hardly ever tell you so.",
  "I keep thinking about the summer you taught me to swim in the lake at Grandpa's cabin. You stood waist-deep in that cold water for an hour, promising you would not let go, and then you did, and I swam. I was furious for about ten seconds and then I was proud, and you laughed so loudly that the neighbours came down to the jetty to see what had happened.",
  "I think about your lemon cake every Sunday. I have tried to bake it more times than I would like to admit. Mine comes out flat, or dry, or somehow both at once, and the kitchen smells wonderful anyway. Perhaps the secret is that it was never really about the cake. It was about the table, the radio in the corner, and the way you always saved the last slice for whoever had had the hardest week.",
  "When I moved away for university, you wrote to me every fortnight. Those letters were full of small news: the price of apples, the new vicar, the cat's latest crime against the curtains. I kept every one of them in a shoebox under my bed, and when I was homesick I would read them in order, from the first to the last, until I felt like myself again.",
  "You taught me that kindness is practical. It is a lift to the station at six in the morning, a casserole left on a doorstep, a phone call made when it would be easier not to make it. I have watched you do those things for fifty years without ever asking for thanks, and I have tried, in my clumsy way, to do the same.",
  "This year I hope you take a little time for yourself. Go back to the lake, even if the water is too cold for swimming now. Sit on the jetty with a flask of tea and remember how brave you made me feel. I will come with you if you like, and I promise not to let go until you tell me to.",
  "Dad says the garden has never looked better, and I believe him. The roses along the back fence are the ones you planted the spring I was born, and every June they put on a show as if they know exactly whose birthday is coming. I would like to take a photograph of you standing beside them this year, in your old straw hat, so that I can put it on my desk and look at it whenever the days get long and grey.",
  "Thank you for everything, the big things and the small ones. I love you more than I know how to write.",
  "With all my love, Clara",
];
const letter = paragraphs.join("\n\n");

async function run(): Promise<string> {
  const words = letter.split(/\s+/).length;
  const coldStart = performance.now();
  const cleanFlags = await proofreadLetter(letter, { variety: "en-GB" });
  const cold = performance.now() - coldStart;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await proofreadLetter(letter, { variety: "en-GB" });
    times.push(performance.now() - start);
  }

  const pairs = readFileSync(path.join(root, "tests/fixtures/misspellings.tsv"), "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => line.split("\t") as [string, string]);
  let flagged = 0;
  let topRight = 0;
  const missed: string[] = [];
  for (const [wrong, right] of pairs) {
    const suggestions = await proofreadLetter(`I wrote ${wrong} here.`, { variety: "en-US" });
    const hit = suggestions.find((s) => s.start <= 8 && s.end >= 8 + wrong.length);
    if (!hit) {
      missed.push(wrong);
      continue;
    }
    flagged++;
    if (hit.replacements[0]?.toLowerCase() === right.toLowerCase()) topRight++;
  }

  const percent = (n: number) => `${((n / pairs.length) * 100).toFixed(1)}%`;
  return `Proofreading with harper.js (\`lib/proofread/proofread-letter.ts\`: SplitWords and LongSentences off,
our own long-sentence check on).

### A ${words}-word letter (en-GB)

| measure | value |
|---|---|
| first check, including linter start-up | ${cold.toFixed(0)} ms |
| warm check, median of ${RUNS} | ${median(times).toFixed(1)} ms |
| warm check, slowest of ${RUNS} | ${Math.max(...times).toFixed(1)} ms |
| suggestions on this clean letter (false flags) | ${cleanFlags.length} |

### Common misspellings (en-US), ${pairs.length} pairs from \`tests/fixtures/misspellings.tsv\`

| measure | value |
|---|---|
| flagged (recall) | ${flagged} / ${pairs.length} (${percent(flagged)}) |
| first suggestion is the correction | ${topRight} / ${pairs.length} (${percent(topRight)}) |
| not flagged | ${missed.join(", ") || "none"} |
${cleanFlags.length ? `\nFlags on the clean letter: ${cleanFlags.map((s) => `${s.kind} "${letter.slice(s.start, s.end)}"`).join("; ")}\n` : ""}`;
}

export default { title: "Proofreading", run } satisfies Suite;

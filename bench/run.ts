// `npm run bench` runs every suite; `npm run bench -- letters books` runs only those. Each suite
// replaces its own section of bench/RESULTS.md (with the date, machine and load of its run), so a
// suite can be re-run alone without losing the others' figures.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { machine, type Suite } from "./lib";

const root = path.resolve(import.meta.dirname, "..");
const resultsPath = path.join(root, "bench/RESULTS.md");
const HEADER = `# Benchmark results

Written by \`npm run bench\` (all suites) or \`npm run bench -- <suite>\` (one suite; the others'
sections are kept). Each figure is measured beside its baseline in the same run, alternately, and
reported as a median, with its goal beside it: the machine is shared and noisy.
`;

function section(name: string, body: string): string {
  return `<!-- bench:${name} -->\n${body.trim()}\n<!-- /bench:${name} -->`;
}

async function main() {
  const available = readdirSync(path.join(import.meta.dirname, "suites"))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => f.replace(/\.ts$/, ""))
    .sort();
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const unknown = wanted.filter((w) => !available.includes(w));
  if (unknown.length) throw new Error(`Unknown suite(s): ${unknown.join(", ")}. Suites: ${available.join(", ")}`);
  let results = existsSync(resultsPath) ? readFileSync(resultsPath, "utf8") : HEADER;
  if (!results.includes("<!-- bench:")) results = HEADER;
  for (const name of wanted.length ? wanted : available) {
    const suite = (await import(`./suites/${name}.ts`)).default as Suite;
    const load = os.loadavg()[0];
    console.log(`\n▶ ${suite.title}`);
    const body = await suite.run();
    const text = section(
      name,
      `## ${suite.title}\n\n_Run ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${machine()}; load average ${load.toFixed(2)} at the start._\n\n${body}`,
    );
    console.log(text);
    const pattern = new RegExp(`<!-- bench:${name} -->[\\s\\S]*?<!-- /bench:${name} -->`);
    results = pattern.test(results) ? results.replace(pattern, text) : `${results.trimEnd()}\n\n${text}\n`;
    writeFileSync(resultsPath, results);
  }
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

import { Dialect, LocalLinter } from "harper.js";
import { binary } from "harper.js/binary";
import type { EnglishVariety } from "@/lib/orders/catalogue";

const dialects: Record<EnglishVariety, Dialect> = {
  "en-US": Dialect.American,
  "en-GB": Dialect.British,
  "en-CA": Dialect.Canadian,
  "en-AU": Dialect.Australian,
};

// Start-up costs about a second and the WASM module ~300 MB (shared by all dialects), so each
// dialect's linter is made once per process, on first use, and kept warm.
const warm = globalThis as unknown as { __bhlHarper?: Map<EnglishVariety, Promise<LocalLinter>> };

export function getHarperLinter(variety: EnglishVariety): Promise<LocalLinter> {
  const linters = (warm.__bhlHarper ??= new Map());
  let linter = linters.get(variety);
  if (!linter) {
    linter = createLinter(variety);
    // A failed start must not be cached: the next request tries again.
    linter.catch(() => linters.delete(variety));
    linters.set(variety, linter);
  }
  return linter;
}

async function createLinter(variety: EnglishVariety): Promise<LocalLinter> {
  const linter = new LocalLinter({ binary, dialect: dialects[variety] });
  await linter.setup();
  const config = await linter.getLintConfig();
  // SplitWords beats real spelling fixes ("accross" → "ac cross"); LongSentences hides every other
  // error in a long sentence, so overlong sentences are found separately; the Oxford comma is a
  // house style, not an error, and British letters mostly leave it out.
  await linter.setLintConfig({ ...config, SplitWords: false, LongSentences: false, OxfordComma: false });
  return linter;
}

// Renders the README's pictures from the real output: a letter's first page and its envelope as the
// engine prints them (PDF), turned into PNG with poppler's pdftoppm. Run: npx tsx scripts/docs-images.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderEnvelopePdf } from "@/lib/handwriting/render-envelope";
import { renderLetterPdf } from "@/lib/handwriting/render-letter-pdf";

const body = `Dear Zoë,

I keep thinking about the afternoon we walked from Łukasz's flat down to the river, and how the light went gold over the water just as the rain stopped. You said the whole city looked like an old photograph, and you were right. Then the night train, and waking in 東京 with the sun on the rooftops and the smell of coffee from the station below.

Thank you for being the kind of friend who remembers the small things: the tea with too much honey, the song on the radio, the way you always wave twice from the corner before you turn.

Come and visit in the spring. The cherry tree by the gate will be out, and I have promised myself that this year I will learn to make your lemon cake properly.

With love,
Clara`;

const out = path.resolve(import.meta.dirname, "../docs");
const dir = mkdtempSync(path.join(tmpdir(), "docs-images-"));
const png = (pdf: Buffer, name: string) => {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync("pdftoppm", ["-png", "-r", "110", "-singlefile", "-f", "1", "-l", "1", file, path.join(out, name)]);
};

const look = { style: "caveat", ink: "navy", stationery: "cream", seed: "docs-example" };
png((await renderLetterPdf({ ...look, body, variety: "en-GB", paper: "a5", date: "27 November 2026" })).pdf, "letter-page");
png(
  await renderEnvelopePdf({
    ...look,
    paper: "a5",
    to: { name: "Zoë Nakamura", address: { addressLine1: "2-14-3 Kichijoji Honcho", addressLine2: "", city: "Musashino", region: "Tokyo", postalCode: "180-0004", country: "JP" } },
    from: { name: "Clara Bennett", address: { addressLine1: "14 Willow Lane", addressLine2: "", city: "Oxford", region: "", postalCode: "OX2 6JD", country: "GB" } },
  }),
  "envelope",
);
console.log(`Wrote ${out}/letter-page.png and ${out}/envelope.png`);

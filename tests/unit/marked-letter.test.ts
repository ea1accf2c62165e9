import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkedLetter } from "@/components/desk/marked-letter";
import type { ProofreadSuggestion } from "@/lib/proofread/suggestion";

const body = "Dear Harriet,\n\nI recieve every letter of yours with joy. Its a treat.\n\nWith love,\nMargaret";
const at = (words: string) => ({ start: body.indexOf(words), end: body.indexOf(words) + words.length });
const spelling: ProofreadSuggestion = { key: "s", kind: "spelling", message: "Did you mean to spell “recieve” this way?", replacements: ["receive"], ...at("recieve") };
const grammar: ProofreadSuggestion = { key: "g", kind: "grammar", message: "Use “it’s” here.", replacements: ["It's"], ...at("Its") };

describe("the review page's letter with the writer's marks", () => {
  const html = renderToStaticMarkup(
    createElement(MarkedLetter, {
      body,
      lang: "en-GB",
      suggestions: [spelling, grammar],
      passages: [{ id: "n1", number: 1, ...at("every letter of yours") }],
      labelledBy: "heading",
    }),
  );

  it("underlines each suggestion on its words, by kind, with its explanation", () => {
    expect(html).toMatch(/<span class="text-mark k-spelling" aria-description="Spelling: Did you mean to spell “recieve” this way\? Suggested: “receive”\."[^>]*>recieve<\/span>/);
    expect(html).toMatch(/<span class="text-mark k-grammar"[^>]*>Its<\/span>/);
    expect(html.match(/class="text-mark/g)).toHaveLength(2);
  });

  it("highlights a note's passage, numbered and linked to the note", () => {
    expect(html).toContain('<mark class="passage-mark">every letter of yours<a href="#note-n1" class="passage-ref"><span class="visually-hidden">note </span>1</a></mark>');
  });

  it("keeps the paragraphs and the line break of the sign-off", () => {
    expect(html.match(/<p>/g)).toHaveLength(3);
    expect(html).toContain("With love,<br/>Margaret");
  });
});

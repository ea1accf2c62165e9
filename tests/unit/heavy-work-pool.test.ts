import { describe, expect, it } from "vitest";
import { runHeavyWork } from "@/lib/pool/heavy-work-pool";

const letter = (words: number) => Array.from({ length: words }, (_, i) => (i % 40 === 39 ? "recieved." : "word")).join(" ");

/** Counts how often the event loop got a turn while `work` ran: zero means the work held the thread. */
async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  const timer = setInterval(() => turns++, 1);
  try {
    return { result: await work(), turns };
  } finally {
    clearInterval(timer);
  }
}

describe("heavy work pool", () => {
  it("proofreads a long letter in a worker thread while this thread keeps answering", async () => {
    const { result, turns } = await turnsDuring(() => runHeavyWork("proofreadLetter", { text: letter(6000), variety: "en-GB", extraWords: [] }));
    expect(result.filter((s) => s.kind === "spelling")).toHaveLength(150);
    expect(turns).toBeGreaterThan(0);
  });

  it("renders a letter PDF in a worker thread", async () => {
    const input = { body: "Dear Mum,\n\nHappy birthday from Łódź!", style: "caveat", ink: "navy", stationery: "cream", variety: "en-GB", seed: "s" };
    const { result, turns } = await turnsDuring(() => runHeavyWork("renderLetterPdf", input));
    expect(Buffer.from(result.pdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(result.missingCharacters).toEqual([]);
    expect(turns).toBeGreaterThan(0);
  });
});

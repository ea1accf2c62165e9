import { describe, expect, it } from "vitest";
import type { WorkingOrder } from "@/lib/ai/get-working-order";
import { briefNames } from "@/lib/proofread/brief-words";
import { proofreadLetter } from "@/lib/proofread/proofread-letter";
import { warmProofreaderFirst } from "../helpers/warm-proofreader";

warmProofreaderFirst();

const working = (order: Partial<WorkingOrder["order"]>, recipient: Partial<WorkingOrder["recipient"]> = {}) =>
  ({
    order: { memories: [], mustInclude: "", signOff: "", relationship: "", ...order },
    recipient: { name: "Rose Okoye", relationship: "", notes: "", ...recipient },
  }) as unknown as WorkingOrder;

describe("the brief's names", { timeout: 60_000 }, () => {
  it("are the proper nouns found by parsing, and every part of the recipient's name", () => {
    const names = briefNames(
      working({
        memories: ["Their wedding in the rain in Margate", "A picnic with Biscuit, our dog, at Lough Neagh", "Then we drove to Ballymena"],
        mustInclude: "the Okonkwo family recipe",
        signOff: "With all my love, Clara",
      }),
    );
    expect(names).toEqual(expect.arrayContaining(["Rose", "Okoye", "Margate", "Biscuit", "Lough", "Neagh", "Ballymena", "Okonkwo", "Clara"]));
    for (const word of ["Their", "A", "Then", "With", "wedding", "family", "recipe"]) expect(names).not.toContain(word);
  });

  it("are never flagged as misspelt, but the grammar around them is still checked", async () => {
    const extraWords = briefNames(working({ memories: ["Their wedding in Margate", "A day in Ballymena"] }));
    const text = "Dear Rose, Their was rain in Margate. You ate a apple in Ballymena, and it was bigger then Okoye's garden.";
    const flagged = (await proofreadLetter(text, { variety: "en-GB", extraWords })).map((s) => text.slice(s.start, s.end));
    expect(flagged).toEqual(["Their", "a", "then"]);
  });
});

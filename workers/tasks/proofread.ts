// Offline proofreading (harper.js) in a worker thread: each thread loads its linters once.
import type { EnglishVariety } from "@/lib/orders/catalogue";
import { proofreadLetter as proofread } from "@/lib/proofread/proofread-letter";
import type { ProofreadSuggestion } from "@/lib/proofread/suggestion";

export const proofreadLetter = ({ text, variety, extraWords }: { text: string; variety: EnglishVariety; extraWords: string[] }): Promise<ProofreadSuggestion[]> =>
  proofread(text, { variety, extraWords });

// Offline proofreading (harper.js) in a worker thread: each thread loads its linters and word list once.
import type { EnglishVariety } from "@/lib/orders/catalogue";
import { proofreadLetter as proofread } from "@/lib/proofread/proofread-letter";
import type { ProofreadSuggestion } from "@/lib/proofread/suggestion";

type Input = { text: string; variety: EnglishVariety; extraWords: string[]; briefWords?: string[]; tone?: string; recipientName?: string };

export const proofreadLetter = ({ text, ...options }: Input): Promise<ProofreadSuggestion[]> => proofread(text, options);

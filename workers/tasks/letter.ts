// Letter rendering in a worker thread: the handwriting engine's pure render functions, unchanged.
// Kept to a thin pass-through so the engine can change behind it.
import { renderLetterPdf as render, type LetterInput, type RenderedLetter } from "@/lib/handwriting/render-letter-pdf";
import { renderLetterSvg as renderSvg, type LetterSvg } from "@/lib/handwriting/render-letter-svg";
import { renderLetterThumbnail as renderThumbnail } from "@/lib/handwriting/render-letter-thumbnail";

export const renderLetterPdf = (input: LetterInput): Promise<RenderedLetter> => render(input);
export const renderLetterSvg = (input: LetterInput): LetterSvg => renderSvg(input);
export const renderLetterThumbnail = (input: LetterInput): Promise<Uint8Array> => renderThumbnail(input);

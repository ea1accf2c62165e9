import { storedFileResponse } from "@/lib/files/stored-file-response";
import { undrawableCharacters } from "./hands";
import type { LetterInput } from "./layout-letter";
import { letterPdfFile } from "./rendered-letters";

/**
 * A letter's PDF as a download, the same from every route that hands it out: streamed from the
 * stored file (rendered in the worker pool the first time), never cached by a browser or proxy
 * (the letter is private and changes with each version), with the count of characters no
 * handwriting font could draw (they print as empty boxes; every screen warns about them).
 */
export async function letterPdfResponse(letter: LetterInput, fileName: string): Promise<Response> {
  return storedFileResponse(await letterPdfFile(letter), {
    contentType: "application/pdf",
    fileName,
    headers: { "X-Missing-Characters": String(undrawableCharacters(letter.style, letter.body).length) },
  });
}

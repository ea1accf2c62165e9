import { storedFileResponse } from "@/lib/files/stored-file-response";
import type { LetterInput } from "./layout-letter";
import { letterThumbnailFile } from "./rendered-letters";

/**
 * The letter's first page as a PNG, from every route that shows it: streamed from the stored file
 * (drawn in the worker pool once per version and look). Private, and revalidated on each view, as
 * the picture changes with each new version.
 */
export async function letterThumbnailResponse(letter: LetterInput): Promise<Response> {
  return storedFileResponse(await letterThumbnailFile(letter), { contentType: "image/png", cacheControl: "private, no-cache" });
}

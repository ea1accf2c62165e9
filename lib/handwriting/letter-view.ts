import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { undrawableCharacters } from "./hands";
import { letterInput, letterLookColumns, type LetterLook } from "./letter-input";
import { letterSvg, renderKey } from "./rendered-letters";
import type { LetterSvg } from "./render-letter-svg";
import { signLetterView, verifyLetterView } from "./signed-letter-link";

export type LetterView = {
  /** Where the browser loads the engine's pages (JSON), signed for this person and version. */
  src: string;
  /** Known without drawing, so every screen can warn at once. */
  missingCharacters: string[];
};

/**
 * What a page needs to show a letter version in handwriting, without drawing it: the pages are a few
 * hundred kilobytes of SVG each, so they load from their own URL (cached by the browser for as long
 * as the text and look are the same) instead of riding in the page's HTML twice (markup and RSC data).
 * The caller has already checked that `actor` may read this version.
 */
export function letterView(actor: Actor, order: LetterLook, version: { id: string; body: string; createdAt: Date }): LetterView {
  const input = letterInput(order, version);
  const query = new URLSearchParams({ look: renderKey(input), token: signLetterView(version.id, actor.id) });
  return { src: `/api/letter-pages/${version.id}?${query}`, missingCharacters: undrawableCharacters(input.style, input.body) };
}

/** The handwritten pages of a version, for the holder of a token letterView gave them; anything else is not found. */
export async function getLetterPages(db: DbOrTx, actor: Actor, versionId: string, token: string): Promise<LetterSvg> {
  if (!z.uuid().safeParse(versionId).success || !verifyLetterView(versionId, actor.id, token)) throw notFound("That letter");
  const [row] = await db
    .select({
      version: { body: letterVersions.body, createdAt: letterVersions.createdAt },
      order: letterLookColumns,
    })
    .from(letterVersions)
    .innerJoin(orders, eq(orders.id, letterVersions.orderId))
    .where(eq(letterVersions.id, versionId));
  if (!row) throw notFound("That letter");
  return letterSvg(letterInput(row.order, row.version));
}

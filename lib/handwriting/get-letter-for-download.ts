import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { orderScope, type Actor } from "@/lib/auth/permissions";
import type { DbOrTx } from "@/lib/db/client";
import { letterVersions, orders, recipients, type OrderStatus } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import type { LetterInput } from "./layout-letter";
import { letterInput, letterLookColumns } from "./letter-input";

/** A client may download the letter once they have approved it; staff whenever there is a draft. */
export const CLIENT_DOWNLOADABLE: readonly OrderStatus[] = ["approved", "printed", "mailed", "delivered"];
/**
 * A picture of the first page (lists, emails) shows no more than the reader does, so a client may
 * see it from the moment the letter is theirs to read.
 */
export const CLIENT_VIEWABLE: readonly OrderStatus[] = ["with_client", ...CLIENT_DOWNLOADABLE];

export type LetterUse = "download" | "first page";
const clientMay: Record<LetterUse, readonly OrderStatus[]> = { download: CLIENT_DOWNLOADABLE, "first page": CLIENT_VIEWABLE };

/**
 * The latest text of an order's letter with its look, ready for the renderers, if this actor may
 * download it (or see its first page). Anything else, including a writer who is not on the order, is "not found".
 */
export async function getLetterForDownload(
  db: DbOrTx,
  /** "signed link": the holder of a valid emailed link (checked by the caller), who may download what the client may. */
  actor: Actor | "signed link",
  orderId: string,
  /** What it is for: the whole letter (PDF), or a picture of its first page. */
  use: LetterUse = "download",
): Promise<{ letter: LetterInput; fileName: string }> {
  if (!z.uuid().safeParse(orderId).success) throw notFound("That letter");
  const [order] = await db
    .select({
      ...letterLookColumns,
      status: orders.status,
      writerId: orders.writerId,
      recipientName: recipients.name,
    })
    .from(orders)
    .leftJoin(recipients, eq(recipients.id, orders.recipientId))
    .where(and(eq(orders.id, orderId), actor === "signed link" ? undefined : orderScope(actor)));
  if (!order) throw notFound("That letter");
  const role = actor === "signed link" ? "client" : actor.role;
  if (role === "client" && !clientMay[use].includes(order.status)) throw notFound("That letter");
  // orderScope also shows writers the open pool; only the writer on the order may download.
  if (actor !== "signed link" && actor.role === "writer" && order.writerId !== actor.id) throw notFound("That letter");
  const [latest] = await db
    .select({ body: letterVersions.body, createdAt: letterVersions.createdAt })
    .from(letterVersions)
    .where(eq(letterVersions.orderId, orderId))
    .orderBy(desc(letterVersions.number))
    .limit(1);
  if (!latest) throw notFound("That letter");
  return {
    letter: letterInput(order, latest),
    fileName: `letter-${slug(order.recipientName ?? "") || "for-you"}.pdf`,
  };
}

/** ASCII letters and hyphens only: safe in a Content-Disposition header on every browser. */
function slug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

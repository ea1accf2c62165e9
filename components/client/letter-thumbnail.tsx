import { CLIENT_VIEWABLE } from "@/lib/handwriting/get-letter-for-download";
import type { OrderStatus } from "@/lib/db/schema";

/**
 * The letter's first page as the engine draws it (a PNG from /api/orders/<id>/letter.png), once the
 * letter is the client's to read; before that, an empty sheet. Decorative: the link beside it names
 * the letter.
 */
export function LetterThumbnail({ orderId, status }: { orderId: string; status: OrderStatus }) {
  if (!CLIENT_VIEWABLE.includes(status)) return <span className="letter-thumbnail placeholder" aria-hidden="true" />;
  // eslint-disable-next-line @next/next/no-img-element -- a private, already-sized PNG from our own route
  return <img className="letter-thumbnail" src={`/api/orders/${orderId}/letter.png`} alt="" width={60} loading="lazy" />;
}

import { formatDay } from "@/components/client/format-date";
import type { OrderStatus } from "@/lib/db/schema";
import { occasions, type Occasion } from "@/lib/orders/catalogue";

type Letter = { orderId: string; occasion: Occasion; status: OrderStatus; createdAt: Date; body: string };

/** Earlier letters to the same person, folded so they inform without crowding the brief. */
export function RecipientHistory({ letters, recipientName }: { letters: Letter[]; recipientName: string }) {
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Earlier letters to {recipientName}</h2>
      {letters.length === 0 ? (
        <p className="muted small">This is the first letter to {recipientName}.</p>
      ) : (
        <ul className="plain-list stack">
          {letters.map((letter) => (
            <li key={letter.orderId}>
              <details className="earlier-letter">
                <summary>
                  {occasions[letter.occasion]} · {formatDay(letter.createdAt)}
                </summary>
                <p className="earlier-body">{letter.body}</p>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import type { ActionState } from "@/lib/auth/action";
import { OrderActionForm } from "./order-action-form";

type Props<T> = {
  orderId: string;
  /** The price, already formatted. */
  price: string;
  /** Offline payment mode: the button records the purchase without charging a card. */
  offline: boolean;
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
};

/** "Buy another round of changes", shown once the included revision rounds are used up. */
export function ExtraRevisionCard<T>({ orderId, price, offline, action }: Props<T>) {
  return (
    <section className="card stack" aria-labelledby="extra-round-heading">
      <h2 id="extra-round-heading">Buy another round of changes</h2>
      <p>
        Your writer revises the letter once more from your notes. One more round costs <strong>{price}</strong>.
      </p>
      {offline ? (
        <>
          <p className="small muted">Offline payment mode: no card is charged, the purchase is only recorded.</p>
          <OrderActionForm action={action} orderId={orderId} label="Buy another round (offline mode)" variant="primary" />
        </>
      ) : (
        <>
          <p className="small muted">You pay securely on Stripe&rsquo;s checkout page, then come back to your letter.</p>
          <OrderActionForm action={action} orderId={orderId} label="Buy another round with card" variant="primary" />
        </>
      )}
    </section>
  );
}

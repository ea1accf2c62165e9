"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  paymentId: string;
  requestId: string;
  remaining: string;
  card: boolean;
};

/** Refunds part or all of one payment; ids are per payment because the table holds many of these. */
export function RefundForm<T>({ action, paymentId, requestId, remaining, card }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const ids = { amount: `refund-amount-${paymentId}`, reason: `refund-reason-${paymentId}` };
  const amountError = failed?.fieldErrors?.amount;
  return (
    <details className="refund-details" open={!!failed}>
      <summary>Refund…</summary>
      <form action={formAction} className="refund-form">
        <input type="hidden" name="paymentId" value={paymentId} />
        <input type="hidden" name="requestId" value={requestId} />
        <div className="field">
          <label htmlFor={ids.amount}>Refund amount</label>
          <input
            id={ids.amount}
            name="amount"
            type="text"
            inputMode="decimal"
            defaultValue={failed?.values?.amount ?? remaining}
            aria-invalid={!!amountError}
            aria-describedby={amountError ? `${ids.amount}-error` : undefined}
            required
          />
          {amountError && (
            <span className="field-error" id={`${ids.amount}-error`}>
              {amountError.join(" ")}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.reason}>Reason</label>
          <input id={ids.reason} name="reason" type="text" defaultValue={failed?.values?.reason ?? ""} maxLength={500} />
        </div>
        <p className="small muted">{card ? "Refunded to the card through Stripe." : "Recorded as an offline refund: no money moves."}</p>
        <button type="submit" className="button danger" disabled={pending}>
          {pending ? "Refunding…" : "Refund"}
        </button>
        {/* An amount error is already shown beside the field. */}
        {!amountError && <FormMessage state={state} />}
      </form>
    </details>
  );
}

/** For money taken on an order that was already paid: the whole payment back, in one click. */
export function RefundUnpayableForm<T>({ action, paymentId, requestId, remaining }: Omit<Props<T>, "card">) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="refund-form">
      <p className="small unpayable-flag">Paid twice (or after the order was cancelled).</p>
      <input type="hidden" name="paymentId" value={paymentId} />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="amount" value={remaining} />
      <input type="hidden" name="reason" value="Second payment for an order already paid" />
      <button type="submit" className="button danger" disabled={pending || !!state?.ok}>
        {pending ? "Refunding…" : `Refund ${remaining} in full`}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

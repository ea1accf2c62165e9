"use client";
import { useActionState } from "react";
import { ConfirmButton } from "@/components/confirm-button";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";
import { formatMoney } from "@/lib/orders/pricing";
import { refundAmount } from "@/lib/payments/refund-amount";

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  paymentId: string;
  requestId: string;
  remainingCents: number;
  currency: string;
  clientName: string;
  card: boolean;
};

/** Refunds part or all of one payment; ids are per payment because the table holds many of these. */
export function RefundForm<T>({ action, paymentId, requestId, remainingCents, currency, clientName, card }: Props<T>) {
  const remaining = (remainingCents / 100).toFixed(2);
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
        <ConfirmButton
          label={pending ? "Refunding…" : "Refund"}
          variant="danger"
          disabled={pending}
          question="Refund this payment?"
          consequence={(form) => refundConsequence(String(new FormData(form).get("amount") ?? ""), remainingCents, currency, clientName, card)}
          confirmLabel="Yes, refund"
          keepLabel="Do not refund"
        />
        {/* An amount error is already shown beside the field. */}
        {!amountError && <FormMessage state={state} />}
      </form>
    </details>
  );
}

/** For money taken on an order that was already paid: the whole payment back, in one click. */
export function RefundUnpayableForm<T>({ action, paymentId, requestId, remaining }: Pick<Props<T>, "action" | "paymentId" | "requestId"> & { remaining: string }) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="refund-form">
      <p className="small unpayable-flag">Paid twice (or after the order was cancelled).</p>
      <input type="hidden" name="paymentId" value={paymentId} />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="amount" value={remaining} />
      <input type="hidden" name="reason" value="Second payment for an order already paid" />
      <ConfirmButton
        label={pending ? "Refunding…" : `Refund ${remaining} in full`}
        variant="danger"
        disabled={pending || !!state?.ok}
        question="Refund this payment in full?"
        consequence={`The whole payment, ${remaining}, goes back to the client. A refund cannot be undone.`}
        confirmLabel="Yes, refund"
        keepLabel="Do not refund"
      />
      <FormMessage state={state} />
    </form>
  );
}

/** The amount as the server will read it, or the words typed when they are not an amount. */
function refundConsequence(typed: string, remainingCents: number, currency: string, clientName: string, card: boolean): string {
  const parsed = refundAmount.safeParse(typed);
  if (!parsed.success) return `“${typed}” is not an amount: nothing will be refunded.`;
  const cents = parsed.data;
  const amount = formatMoney(cents, currency);
  const how = card ? `${amount} goes back to ${clientName}'s card through Stripe.` : `A refund of ${amount} to ${clientName} is recorded; no money moves in offline mode.`;
  const whole = cents >= remainingCents ? " This refunds the whole payment, and the order becomes refunded: the letter will not be written or sent." : "";
  return `${how}${whole} A refund cannot be undone.`;
}

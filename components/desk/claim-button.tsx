"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = {
  orderId: string;
  recipientName: string;
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
};

/** Claims one order from the pool; if another writer was quicker, says so in the row. */
export function ClaimButton<T>({ orderId, recipientName, action }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="claim-form">
      <input type="hidden" name="orderId" value={orderId} />
      <button className="button primary small" type="submit" disabled={pending} aria-describedby={`claim-${orderId}-for`}>
        Claim
      </button>
      <span id={`claim-${orderId}-for`} className="visually-hidden">
        the letter to {recipientName}
      </span>
      <FormMessage state={state} />
    </form>
  );
}

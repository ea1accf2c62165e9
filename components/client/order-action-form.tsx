"use client";
import { useActionState } from "react";
import { ConfirmButton, type Confirmation } from "@/components/confirm-button";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  orderId: string;
  label: string;
  variant?: "primary" | "danger" | "quiet";
  /** Asked first when the step cannot be taken back. */
  confirm?: Confirmation;
};

/** A one-button form that takes an order through a step, showing why if it could not. */
export function OrderActionForm<T>({ action, orderId, label, variant, confirm }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="orderId" value={orderId} />
      {confirm ? (
        <ConfirmButton label={label} variant={variant} disabled={pending} {...confirm} />
      ) : (
        <button type="submit" className={`button ${variant ?? ""}`} disabled={pending}>
          {label}
        </button>
      )}
      <FormMessage state={state} />
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = {
  orderId: string;
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  /** Set when the letter is outside the ordered length: sending it then needs a reason. */
  lengthWarning?: string;
};

export function SendToClientForm<T>({ orderId, action, lengthWarning }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="send-form form">
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      {lengthWarning && (
        <>
          <p className="alert info">{lengthWarning}</p>
          <Field name="reason" label="Reason for sending at this length" state={state} hint="Kept in the order's history.">
            {(p) => <textarea rows={2} {...p} />}
          </Field>
        </>
      )}
      <button className="button primary" type="submit" disabled={pending}>
        {lengthWarning ? "Send to client anyway" : "Send to client"}
      </button>
    </form>
  );
}

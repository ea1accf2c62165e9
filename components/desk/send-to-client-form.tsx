"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = { orderId: string; action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>> };

export function SendToClientForm<T>({ orderId, action }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="send-form">
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <button className="button primary" type="submit" disabled={pending}>
        Send to client
      </button>
    </form>
  );
}

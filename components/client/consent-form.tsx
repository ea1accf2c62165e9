"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  orderId: string;
  consented: boolean;
};

/** The client's revocable permission to publish their letter in a collection. */
export function ConsentForm<T>({ action, orderId, consented }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="form" key={String(consented)}>
      <input type="hidden" name="orderId" value={orderId} />
      <label className="checkbox">
        <input type="checkbox" name="consent" defaultChecked={consented} />
        Allow us to include this letter in a published collection
      </label>
      <p className="hint muted small">
        We publish a letter only with its sender’s permission. You can change your mind here at any time.
      </p>
      <FormMessage state={state} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          Save publication choice
        </button>
      </div>
    </form>
  );
}

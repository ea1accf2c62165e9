"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  orderId: string;
};

export function RequestChangesForm<T>({ action, orderId }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="form">
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <Field name="body" label="What would you like changed?" state={state} hint="Your writer reads this before revising the letter.">
        {(p) => <textarea rows={4} {...p} />}
      </Field>
      <div>
        <button type="submit" className="button" disabled={pending}>
          Request changes
        </button>
      </div>
    </form>
  );
}

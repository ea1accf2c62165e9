"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = {
  orderId: string;
  body: string;
  baseNumber: number;
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
};

/** The editor's own changes, saved as an editor's version on top of the writer's. */
export function EditLetterForm<T>({ orderId, body, baseNumber, action }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="form" key={`${baseNumber}-${state && !state.ok ? "failed" : "ok"}`}>
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="baseNumber" value={baseNumber} />
      <Field name="text" label="Edited letter" state={state} initial={body}>
        {(p) => <textarea rows={14} className="edited-letter" {...p} />}
      </Field>
      <div className="row">
        <button className="button" type="submit" disabled={pending}>
          Save edit
        </button>
      </div>
    </form>
  );
}

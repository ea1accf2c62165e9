"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = {
  orderId: string;
  writers: { id: string; name: string }[];
  currentWriterId: string | null;
  /** Names the letter for screen readers when several forms share a page. */
  letterName: string;
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
};

/** Editors and admins give a letter to a writer, or to another writer. */
export function AssignWriterForm<T>({ orderId, writers, currentWriterId, letterName, action }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const id = `assign-${orderId}`;
  const error = state && !state.ok ? state.fieldErrors?.writerId : undefined;
  return (
    <form action={formAction} className="assign-form">
      <input type="hidden" name="orderId" value={orderId} />
      <label htmlFor={id} className="small">
        Writer <span className="visually-hidden">for {letterName}</span>
      </label>
      <div className="row">
        <select id={id} name="writerId" defaultValue={currentWriterId ?? ""} aria-invalid={!!error}>
          <option value="" disabled>
            Choose a writer
          </option>
          {writers.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
        <button className="button small" type="submit" disabled={pending}>
          {currentWriterId ? "Reassign" : "Assign"}
        </button>
      </div>
      <FormMessage state={state} />
    </form>
  );
}

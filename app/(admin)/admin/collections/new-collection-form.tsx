"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Letter = { orderId: string; label: string };

/** "New collection": a title, a subtitle and the consented letters to put in the book. */
export function NewCollectionForm<T>({
  action,
  letters,
}: {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  letters: Letter[];
}) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const chosen = new Set(state && !state.ok ? (state.values?.orderIds ?? "").split("\n") : []);
  const errors = state && !state.ok ? state.fieldErrors?.orderIds : undefined;
  return (
    <form action={formAction} className="form">
      <FormMessage state={state} />
      <Field name="title" label="Title" state={state}>
        {(props) => <input type="text" required maxLength={200} {...props} />}
      </Field>
      <Field name="subtitle" label="Subtitle" state={state} hint="Optional.">
        {(props) => <input type="text" maxLength={300} {...props} />}
      </Field>
      <fieldset className="field" aria-describedby={errors ? "f-orderIds-error" : undefined}>
        <legend>Letters</legend>
        {letters.length === 0 ? (
          <p className="muted">No letters can be published yet: a letter needs the client’s approval and consent.</p>
        ) : (
          <ul className="admin-checklist">
            {letters.map((letter) => (
              <li key={letter.orderId}>
                <label className="choice">
                  <input type="checkbox" name="orderIds" value={letter.orderId} defaultChecked={chosen.has(letter.orderId)} />
                  {letter.label}
                </label>
              </li>
            ))}
          </ul>
        )}
        {errors && (
          <span className="field-error" id="f-orderIds-error">
            {errors.join(" ")}
          </span>
        )}
      </fieldset>
      <div>
        <button type="submit" className="button primary" disabled={pending || letters.length === 0}>
          Create collection
        </button>
      </div>
    </form>
  );
}

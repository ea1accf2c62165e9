"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";
import { AddressFields } from "./address-fields";

type Values = {
  name: string;
  relationship: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  birthday: string;
  notes: string;
};

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  countries: { code: string; name: string }[];
  initial: Values;
  recipientId?: string;
  returnTo?: "new-order";
};

/** Adding and editing a recipient share one form; typed values come back after a failed save. */
export function RecipientForm<T>({ action, countries, initial, recipientId, returnTo }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  // Remount the fields after each failed attempt so selects, too, show what was typed.
  const attempt = state && !state.ok ? JSON.stringify(state.values ?? {}) : "initial";
  const text = (name: keyof Values, label: string, autoComplete?: string, hint?: string) => (
    <Field name={name} label={label} state={state} initial={initial[name]} hint={hint}>
      {(p) => <input type="text" autoComplete={autoComplete} {...p} />}
    </Field>
  );
  return (
    <form className="form recipient-form" action={formAction} key={attempt} noValidate>
      <FormMessage state={state} />
      {recipientId && <input type="hidden" name="recipientId" value={recipientId} />}
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <fieldset className="form">
        <legend className="section-legend">Who they are</legend>
        {text("name", "Name", "off")}
        {text("relationship", "Relationship", "off", "For example: my mother, an old friend.")}
      </fieldset>
      <fieldset className="form">
        <legend className="section-legend">Postal address</legend>
        <p className="hint muted small">Needed only for printed letters sent by post.</p>
        <AddressFields state={state} initial={initial} countries={countries} />
      </fieldset>
      <fieldset className="form">
        <legend className="section-legend">To remember</legend>
        <Field name="birthday" label="Birthday" state={state} initial={initial.birthday} hint="Optional.">
          {(p) => <input type="date" {...p} />}
        </Field>
        <Field name="notes" label="Notes" state={state} initial={initial.notes} hint="Anything a writer should know: names of pets, inside jokes.">
          {(p) => <textarea {...p} />}
        </Field>
      </fieldset>
      <div className="row">
        <button className="button primary" type="submit" disabled={pending}>
          Save recipient
        </button>
      </div>
    </form>
  );
}

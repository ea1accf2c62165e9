"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

export type AccountField = { name: string; label: string; type: "email" | "password" | "text"; autoComplete: string; hint?: string };

type Props<T> = {
  /** Unique on the page: several account forms ask for the current password. */
  id: string;
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  fields: AccountField[];
  hidden?: Record<string, string>;
  submit: string;
  variant?: "primary" | "danger" | "quiet";
  /** A box to tick before a step that cannot be undone. */
  checkbox?: { name: string; label: string };
};

/** The account forms (password, email, reset, sessions): fields with their own errors, one button. */
export function AccountForm<T>({ id, action, fields, hidden, submit, variant, checkbox }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  // A form that worked starts empty again (key), so a password never lingers in it.
  return (
    <form action={formAction} className={fields.length ? "form" : "inline-form"} key={state?.ok ? "done" : "editing"} noValidate>
      <FormMessage state={state} />
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => (
        <Field key={f.name} idPrefix={id} name={f.name} label={f.label} state={state} hint={f.hint}>
          {(p) => <input type={f.type} autoComplete={f.autoComplete} required {...p} />}
        </Field>
      ))}
      {checkbox && (
        <div className="field">
          <label className="checkbox">
            <input type="checkbox" name={checkbox.name} required aria-invalid={!!(state && !state.ok && state.fieldErrors?.[checkbox.name])} />
            {checkbox.label}
          </label>
          {state && !state.ok && state.fieldErrors?.[checkbox.name] && <span className="field-error">{state.fieldErrors[checkbox.name].join(" ")}</span>}
        </div>
      )}
      <div>
        <button type="submit" className={`button ${variant ?? ""}`} disabled={pending}>
          {submit}
        </button>
      </div>
    </form>
  );
}


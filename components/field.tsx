import type { ReactNode } from "react";
import type { ActionState } from "@/lib/auth/action";

type FieldProps = {
  name: string;
  label: string;
  state: ActionState<unknown>;
  hint?: ReactNode;
  children: (props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string; defaultValue?: string }) => ReactNode;
  initial?: string;
  /** Makes the ids unique when one page has two forms with a field of the same name. */
  idPrefix?: string;
};

/**
 * A labelled form field that shows its server-side error beside it and, after a failed submit,
 * comes back with what the user typed (the action returns `values`).
 */
export function Field({ name, label, state, hint, initial, children, idPrefix = "f" }: FieldProps) {
  const id = `${idPrefix}-${name}`;
  const errors = state && !state.ok ? state.fieldErrors?.[name] : undefined;
  const value = state && !state.ok && state.values ? (state.values[name] ?? initial) : initial;
  const describedBy = [hint ? `${id}-hint` : "", errors ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {children({ id, name, "aria-invalid": !!errors, "aria-describedby": describedBy, defaultValue: value })}
      {errors && (
        <span className="field-error" id={`${id}-error`}>
          {errors.join(" ")}
        </span>
      )}
    </div>
  );
}

/** The form-level message of an action result. */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  if (!state) return null;
  if (!state.ok) {
    return (
      <p className="alert error" role="alert">
        {state.error}
      </p>
    );
  }
  return state.message ? (
    <p className="alert success" role="status">
      {state.message}
    </p>
  ) : null;
}

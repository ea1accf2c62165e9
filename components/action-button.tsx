"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/** A one-button form carrying a few ids; the action checks every one of them again. */
export function ActionButton<T>({
  action,
  fields,
  label,
  accessibleLabel,
  variant = "",
  pendingLabel,
}: {
  action: Action<T>;
  fields: Record<string, string>;
  label: string;
  accessibleLabel?: string;
  variant?: string;
  pendingLabel?: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="admin-inline-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={`button ${variant}`} disabled={pending} aria-label={accessibleLabel}>
        {label}
      </button>
      {pending && pendingLabel && (
        <span className="muted small" role="status">
          {pendingLabel}
        </span>
      )}
      <FormMessage state={state} />
    </form>
  );
}

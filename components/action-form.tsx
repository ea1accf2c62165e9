"use client";
import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  /** Ids the action needs, checked again on the server. */
  hidden: Record<string, string>;
  submit: string;
  className?: string;
  children?: ReactNode;
};

/** A small form for one server action: its fields, one button, and the action's answer below. */
export function ActionForm<T>({ action, hidden, submit, className = "row", children }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className={className}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button type="submit" className="button primary" disabled={pending}>
        {submit}
      </button>
      <FormMessage state={state} />
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { ConfirmButton, type Confirmation } from "@/components/confirm-button";
import { Field, FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
type Step = { event: string; label: string; danger?: boolean; confirm?: Confirmation };

/** The next steps of an order as buttons; only the steps the state machine allows are passed in. */
export function FulfilmentButtons<T>({
  action,
  orderId,
  steps,
  idle,
}: {
  action: Action<T>;
  orderId: string;
  steps: Step[];
  /** Say so when there is nothing to do (no buttons and no other form beside these). */
  idle: boolean;
}) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="stack">
      <input type="hidden" name="orderId" value={orderId} />
      {steps.length === 0 && idle && <p className="muted">Nothing for you to do on this order now.</p>}
      <div className="row">
        {steps.map((step) =>
          step.confirm ? (
            <ConfirmButton key={step.event} label={step.label} name="event" value={step.event} variant={step.danger ? "danger" : "primary"} disabled={pending} {...step.confirm} />
          ) : (
            <button key={step.event} type="submit" name="event" value={step.event} className={`button ${step.danger ? "danger" : "primary"}`} disabled={pending}>
              {step.label}
            </button>
          ),
        )}
      </div>
      <FormMessage state={state} />
    </form>
  );
}

/** Picks a writer for a paid order nobody has claimed yet. */
export function AssignWriterForm<T>({
  action,
  orderId,
  writers,
}: {
  action: Action<T>;
  orderId: string;
  writers: { id: string; name: string }[];
}) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="form">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="event" value="assign" />
      <Field name="writerId" label="Writer" state={state} initial="">
        {(props) => (
          <select {...props}>
            <option value="">Choose a writer…</option>
            {writers.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div>
        <button type="submit" className="button primary" disabled={pending}>
          Assign writer
        </button>
      </div>
      {/* A missing writer is already said beside the field. */}
      {!(state && !state.ok && state.fieldErrors) && <FormMessage state={state} />}
    </form>
  );
}

"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";
import { formatDay } from "./format-date";

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

type Props<T, U> = {
  orderId: string;
  firstName: string;
  /** The active repeat this letter belongs to, if any. */
  repeat: { id: string; nextDate: string; remindDaysBefore: number; preparedOrderId: string | null } | null;
  suggestedDate: string;
  repeatAction: Action<T>;
  stopAction: Action<U>;
};

/** "Write to Mum again every year": sets, changes or stops the yearly repeat of an approved letter. */
export function RepeatLetterCard<T, U>({ orderId, firstName, repeat, suggestedDate, repeatAction, stopAction }: Props<T, U>) {
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(repeatAction, null);
  const [stopState, stop, stopping] = useActionState<ActionState<U>, FormData>(stopAction, null);
  return (
    <section className="card stack repeat-card" aria-labelledby="repeat-heading">
      <h2 id="repeat-heading">Write to {firstName} again</h2>
      {repeat ? (
        <p role="status">
          Repeats every year. Next letter: <strong>{formatDay(repeat.nextDate)}</strong>. We prepare its brief from this one and remind you{" "}
          {repeat.remindDaysBefore} {repeat.remindDaysBefore === 1 ? "day" : "days"} before.
          {repeat.preparedOrderId && repeat.preparedOrderId !== orderId && (
            <>
              {" "}
              <Link href={`/orders/${repeat.preparedOrderId}`}>The letter prepared last time</Link>.
            </>
          )}
        </p>
      ) : (
        <p className="muted small">We can prepare next year’s letter from this brief and remind you before the day, so you never miss it.</p>
      )}
      <form action={dispatch} className="form repeat-form" key={repeat ? `${repeat.nextDate}-${repeat.remindDaysBefore}` : "new"}>
        <input type="hidden" name="orderId" value={orderId} />
        <FormMessage state={state} />
        <div className="grid grid-2">
          <Field name="nextDate" label="Next letter's date" state={state} initial={repeat?.nextDate ?? suggestedDate}>
            {(p) => <input type="date" {...p} required />}
          </Field>
          <Field name="remindDaysBefore" label="Remind me (days before)" state={state} initial={String(repeat?.remindDaysBefore ?? 21)}>
            {(p) => <input type="number" inputMode="numeric" min={1} max={90} {...p} required />}
          </Field>
        </div>
        <div>
          <button type="submit" className="button primary" disabled={pending}>
            {repeat ? "Save repeat" : "Repeat every year"}
          </button>
        </div>
      </form>
      {repeat && (
        <form action={stop} className="inline-form">
          <input type="hidden" name="orderId" value={orderId} />
          <input type="hidden" name="repeatId" value={repeat.id} />
          <button type="submit" className="button quiet" disabled={stopping}>
            Stop repeating
          </button>
          <FormMessage state={stopState} />
        </form>
      )}
    </section>
  );
}

"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = { action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>; queue: string; id: string };

/** Sends one failed job back to its queue. */
export function RetryJobForm<T>({ action, queue, id }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="queue" value={queue} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button quiet" disabled={pending}>
        Retry
      </button>
      <FormMessage state={state} />
    </form>
  );
}

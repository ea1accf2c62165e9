"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  enabled: boolean;
};

export function NotificationsForm<T>({ action, enabled }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="form" key={String(enabled)}>
      <label className="checkbox">
        <input type="checkbox" name="emailNotifications" defaultChecked={enabled} />
        Email me when my letter is ready to read, and when it is on its way
      </label>
      <FormMessage state={state} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          Save settings
        </button>
      </div>
    </form>
  );
}

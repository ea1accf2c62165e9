"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";
import { isOn, notificationChannels, staffNotificationKinds, type NotificationChannel, type StaffNotificationKind } from "@/lib/notifications/staff-kinds";

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  kinds: StaffNotificationKind[];
  off: string[];
};

/** One group per kind of news, with a box for each way of hearing it; every box starts ticked. */
export function StaffNotificationsForm<T>({ action, kinds, off }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="form" key={off.join()}>
      {kinds.map((kind) => (
        <fieldset key={kind} className="notification-kind">
          <legend>{staffNotificationKinds[kind].label}</legend>
          <div className="row">
            {(Object.keys(notificationChannels) as NotificationChannel[]).map((channel) => (
              <label className="checkbox" key={channel}>
                <input type="checkbox" name="keep" value={`${kind}.${channel}`} defaultChecked={isOn(off, kind, channel)} />
                {notificationChannels[channel]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <FormMessage state={state} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          Save notifications
        </button>
      </div>
    </form>
  );
}

"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/field";
import { LocalTime } from "@/components/local-time";
import type { TwoStepStatus } from "@/lib/accounts/two-step-sign-in";
import type { ActionState } from "@/lib/auth/action";
import { AccountForm } from "./account-form";

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

type Props<S, O> = {
  status: TwoStepStatus;
  start: Action<S>;
  confirm: Action<string[]>;
  turnOff: Action<O>;
  renewCodes: Action<string[]>;
};

const codeField = { name: "code", label: "Code from your authenticator app", type: "text", autoComplete: "one-time-code", hint: "Or one of your recovery codes." } as const;
const currentPassword = { name: "currentPassword", label: "Current password", type: "password", autoComplete: "current-password" } as const;

/**
 * Two-step sign-in on the account page: set up from a QR code, then on (turn off, new recovery
 * codes). One component through every state, so what an action answered (the recovery codes after
 * setting up, "it is off") stays on screen when the page refreshes to the new state.
 */
export function TwoStepSection<S, O>({ status, start, confirm, turnOff, renewCodes }: Props<S, O>) {
  const [confirmed, confirmAction, confirming] = useActionState(confirm, null);
  const [renewed, renewAction, renewing] = useActionState(renewCodes, null);
  const [turnedOff, turnOffAction, turningOff] = useActionState(turnOff, null);
  const codes = status.state !== "on" ? undefined : renewed?.ok ? renewed.data : confirmed?.ok ? confirmed.data : undefined;
  return (
    <>
      {status.state === "off" && turnedOff?.ok && <FormMessage state={turnedOff} />}
      {codes && (
        <div className="alert success" role="status">
          <p>
            <strong>Two-step sign-in is on.</strong> Keep these recovery codes somewhere safe, apart from your phone: each signs you in once without the
            app. They are shown only now.
          </p>
          <ul className="recovery-codes" aria-label="Recovery codes">
            {codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {status.state === "off" && (
        <>
          <p className="muted">After your password, signing in will ask for a 6-digit code from an authenticator app on your phone.</p>
          <AccountForm id="two-step-start" action={start} submit="Set up two-step sign-in" fields={[]} />
        </>
      )}
      {status.state === "setting-up" && (
        <form action={confirmAction} className="form" noValidate>
          <FormMessage state={confirmed?.ok ? null : confirmed} />
          <ol className="two-step-steps">
            <li>
              Scan this code with an authenticator app (for example Google Authenticator, 1Password or Aegis).
              {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server; nothing for next/image to optimise */}
              <img className="two-step-qr" src={status.qr} width={180} height={180} alt="QR code to add this account to an authenticator app" />
            </li>
            <li>
              Or type this key into the app: <code className="two-step-key">{status.secret.replace(/(.{4})/g, "$1 ").trim()}</code>
            </li>
            <li>Enter the code the app shows.</li>
          </ol>
          <Field idPrefix="two-step" name="code" label="Code from your authenticator app" state={confirmed}>
            {(p) => <input type="text" inputMode="numeric" autoComplete="one-time-code" required {...p} />}
          </Field>
          <div>
            <button type="submit" className="button primary" disabled={confirming}>
              Turn on two-step sign-in
            </button>
          </div>
        </form>
      )}
      {status.state === "on" && (
        <>
          <p>
            On since <LocalTime value={status.since} />. {status.recoveryCodesLeft} of 10 recovery codes left.
          </p>
          <h3>New recovery codes</h3>
          <PasswordAndCode id="two-step-codes" action={renewAction} state={renewed} pending={renewing} submit="Make new recovery codes" />
          <h3>Turn off two-step sign-in</h3>
          <PasswordAndCode id="two-step-off" action={turnOffAction} state={turnedOff} pending={turningOff} submit="Turn off two-step sign-in" variant="danger" />
        </>
      )}
    </>
  );
}

/** The password and a code, which turning two-step sign-in off and new recovery codes both ask for. */
function PasswordAndCode<T>(props: { id: string; action: (formData: FormData) => void; state: ActionState<T>; pending: boolean; submit: string; variant?: "danger" }) {
  return (
    <form action={props.action} className="form" noValidate>
      <FormMessage state={props.state?.ok ? null : props.state} />
      {[currentPassword, codeField].map((f) => (
        <Field key={f.name} idPrefix={props.id} name={f.name} label={f.label} state={props.state} hint={"hint" in f ? f.hint : undefined}>
          {(p) => <input type={f.type} autoComplete={f.autoComplete} required {...p} />}
        </Field>
      ))}
      <div>
        <button type="submit" className={`button ${props.variant ?? ""}`} disabled={props.pending}>
          {props.submit}
        </button>
      </div>
    </form>
  );
}

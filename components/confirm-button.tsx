"use client";
import { useId, useRef, useState } from "react";

export type Confirmation = {
  /** The dialog's heading, e.g. "Approve this letter?". */
  question: string;
  /** What will happen, in the reader's words; may read the form (a typed amount) when asked. */
  consequence: string | ((form: HTMLFormElement) => string);
  /** The button that goes ahead, e.g. "Approve and print". */
  confirmLabel: string;
  keepLabel?: string;
};

type Props = Confirmation & {
  /** The button that asks first. */
  label: string;
  variant?: "primary" | "danger" | "quiet";
  /** Carried by the confirming submit button, as a plain submit button would carry them. */
  name?: string;
  value?: string;
  disabled?: boolean;
};

/**
 * A submit button that asks first, for steps that cannot be taken back. Sits inside the form it
 * submits; the question is a native modal <dialog> (focus kept inside, Escape says no), and the
 * safe choice comes first so it takes focus.
 */
export function ConfirmButton({ label, variant, name, value, disabled, question, consequence, confirmLabel, keepLabel = "Not now" }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [text, setText] = useState("");
  const id = useId();
  const open = () => {
    const form = opener.current?.form;
    setText(typeof consequence === "function" ? (form ? consequence(form) : "") : consequence);
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();
  return (
    <>
      <button ref={opener} type="button" className={`button ${variant ?? ""}`} onClick={open} disabled={disabled} aria-haspopup="dialog">
        {label}
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-q`} aria-describedby={`${id}-c`}>
        <h2 id={`${id}-q`}>{question}</h2>
        <p id={`${id}-c`}>{text}</p>
        <div className="row confirm-actions">
          <button type="button" className="button quiet" onClick={close}>
            {keepLabel}
          </button>
          {/* Submits the form around the dialog; closing it after the click lets the submission go first. */}
          <button type="submit" name={name} value={value} className={`button ${variant === "danger" ? "danger" : "primary"}`} onClick={() => setTimeout(close)}>
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}

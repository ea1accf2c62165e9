"use client";
import { useActionState, useRef } from "react";
import { ConfirmButton } from "@/components/confirm-button";
import { Field, FormMessage } from "@/components/field";
import { passageIn } from "@/components/letter-passage";
import type { ActionState } from "@/lib/auth/action";

type Props<T> = {
  orderId: string;
  canReturn: boolean;
  /** The element holding the letter's text, where a selected passage is read from. */
  letterId: string;
  /** The text of the version shown, which the selected handwriting maps back to. */
  body: string;
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
};

/**
 * The editor's note for the writer, optionally tied to a passage. The passage can be typed, pasted,
 * or taken from a selection in the letter with "Quote selection", so it works from the keyboard too.
 */
export function ReviewNoteForm<T>({ orderId, canReturn, letterId, body, action }: Props<T>) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const passage = useRef<HTMLInputElement>(null);
  const attempt = state && !state.ok ? JSON.stringify(state.values ?? {}) : state ? "done" : "initial";
  const quoteSelection = () => {
    const letter = document.getElementById(letterId);
    const found = letter && passageIn(letter, body, window.getSelection());
    if (!found || !passage.current) return;
    passage.current.value = found.quote;
    passage.current.focus();
  };
  return (
    <form action={formAction} className="form review-note-form" key={attempt}>
      <FormMessage state={state} />
      <input type="hidden" name="orderId" value={orderId} />
      <Field name="body" label="Note for the writer" state={state} hint={canReturn ? "Required to return the letter to the writer." : undefined}>
        {(p) => <textarea rows={4} {...p} />}
      </Field>
      <Field name="passage" label="Passage (optional)" state={state} hint="Words from the letter this note is about. Select them in the letter and press “Quote selection”, or paste them.">
        {(p) => (
          <div className="passage-row">
            <input type="text" ref={passage} {...p} />
            <button type="button" className="button small" onMouseDown={(e) => e.preventDefault()} onClick={quoteSelection}>
              Quote selection
            </button>
          </div>
        )}
      </Field>
      <div className="row">
        <button className="button" type="submit" name="intent" value="note" disabled={pending}>
          Add note
        </button>
        {canReturn && (
          <ConfirmButton
            label="Return to writer"
            name="intent"
            value="return"
            variant="danger"
            disabled={pending}
            question="Return the letter to the writer?"
            consequence="The letter leaves the review queue and goes back to its writer with your note, to be rewritten and submitted again. The client keeps waiting meanwhile."
            confirmLabel="Yes, return it"
            keepLabel="Keep reviewing"
          />
        )}
      </div>
    </form>
  );
}

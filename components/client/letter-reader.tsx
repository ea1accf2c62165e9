"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { Field, FormMessage } from "@/components/field";
import { RenderedLetter } from "@/components/rendered-letter";
import { passageIn, type Passage } from "@/components/letter-passage";
import type { ActionState } from "@/lib/auth/action";
import type { LetterView } from "@/lib/handwriting/letter-view";

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  orderId: string;
  versionId: string;
  body: string;
  /** The engine's pages of this version. */
  view: LetterView;
};

/** The letter as sent to the client, who can comment on it as a whole or on a selected passage. */
export function LetterReader<T>({ action, orderId, versionId, body, view }: Props<T>) {
  const sheet = useRef<HTMLDivElement>(null);
  const [passage, setPassage] = useState<Passage | null>(null);
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const [seenState, setSeenState] = useState(state);

  // A saved comment closes the form (adjusting state during render, as React recommends).
  if (state !== seenState) {
    setSeenState(state);
    if (state?.ok) {
      setOpen(false);
      setPassage(null);
    }
  }

  useEffect(() => {
    const onSelection = () => {
      const article = sheet.current?.querySelector("article");
      const found = article ? passageIn(article, body, document.getSelection()) : null;
      // Clicking elsewhere keeps the last passage, so the button below still refers to it.
      if (found) setPassage(found);
    };
    document.addEventListener("selectionchange", onSelection);
    return () => document.removeEventListener("selectionchange", onSelection);
  }, [body]);

  return (
    <div className="letter-reader">
      <div ref={sheet}>
        <RenderedLetter view={view} audience="client" />
      </div>
      <div className="passage-bar" aria-live="polite">
        {!passage && !open && (
          <>
            <p className="muted small">To comment on part of the letter, select the words, then choose “Comment on this passage”.</p>
            <button type="button" className="button quiet" onClick={() => setOpen(true)}>
              Comment on the whole letter
            </button>
          </>
        )}
        {passage && !open && (
          <button type="button" className="button" onClick={() => setOpen(true)}>
            Comment on this passage
          </button>
        )}
        {state?.ok && state.message && <p className="alert success">{state.message}</p>}
      </div>
      {open && (
        <form action={formAction} className="form card passage-form">
          <FormMessage state={state} />
          <input type="hidden" name="orderId" value={orderId} />
          <input type="hidden" name="versionId" value={versionId} />
          {passage && (
            <>
              <blockquote className="passage-quote">“{passage.quote}”</blockquote>
              <input type="hidden" name="anchorStart" value={passage.start} />
              <input type="hidden" name="anchorEnd" value={passage.end} />
            </>
          )}
          <Field name="body" label={passage ? "Your comment on this passage" : "Your comment on the letter"} state={state}>
            {(p) => <textarea rows={3} {...p} />}
          </Field>
          <div className="row">
            <button type="submit" className="button primary" disabled={pending}>
              Add comment
            </button>
            <button
              type="button"
              className="button quiet"
              onClick={() => {
                setOpen(false);
                setPassage(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

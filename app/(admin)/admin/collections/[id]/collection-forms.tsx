"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * The chapter title and the text the book prints for one letter, beside the approved original so
 * the redaction can be checked line by line. Ids are per letter: many editors share a page.
 */
export function ItemEditor<T>({
  action,
  collectionId,
  orderId,
  title,
  text,
  original,
}: {
  action: Action<T>;
  collectionId: string;
  orderId: string;
  title: string;
  text: string;
  original: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const field = (name: "title" | "redactedText", label: string, initial: string, hint?: string) => {
    const id = `${name}-${orderId}`;
    const errors = failed?.fieldErrors?.[name];
    const describedBy = [hint ? `${id}-hint` : "", errors ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
    const common = { id, name, defaultValue: failed?.values?.[name] ?? initial, "aria-invalid": !!errors, "aria-describedby": describedBy, required: true };
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <span className="hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        {name === "title" ? <input type="text" maxLength={200} {...common} /> : <textarea rows={10} {...common} />}
        {errors && (
          <span className="field-error" id={`${id}-error`}>
            {errors.join(" ")}
          </span>
        )}
      </div>
    );
  };
  return (
    <form action={formAction} className="form">
      <input type="hidden" name="collectionId" value={collectionId} />
      <input type="hidden" name="orderId" value={orderId} />
      {field("title", "Chapter title", title)}
      <div className="redaction-review">
        <figure className="redaction-original">
          <figcaption>Approved letter</figcaption>
          {/* Focusable: it scrolls, and a keyboard must reach the end of a long letter. */}
          <blockquote tabIndex={0}>{original}</blockquote>
        </figure>
        {field("redactedText", "Text for the book", text, "Surnames and addresses are hidden by default; edit anything else a stranger should not read.")}
      </div>
      <div className="row">
        <button type="submit" className="button" disabled={pending}>
          Save changes
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** One text field and a button (a new part, a part's new name), with its error beside the field. */
export function TitleForm<T>({
  action,
  fields,
  id,
  label,
  initial = "",
  submitLabel,
}: {
  action: Action<T>;
  fields: Record<string, string>;
  id: string;
  label: string;
  initial?: string;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors?.title;
  return (
    <form action={formAction} className="title-form">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor={id}>{label}</label>
      <div className="row">
        <input
          id={id}
          type="text"
          name="title"
          required
          maxLength={120}
          defaultValue={failed?.values?.title ?? initial}
          aria-invalid={!!errors}
          aria-describedby={errors ? `${id}-error` : undefined}
        />
        <button type="submit" className="button" disabled={pending}>
          {submitLabel}
        </button>
      </div>
      {errors ? (
        <span className="field-error" id={`${id}-error`}>
          {errors.join(" ")}
        </span>
      ) : (
        <FormMessage state={state} />
      )}
    </form>
  );
}

/** Which part of the book a letter is in. */
export function PartPicker<T>({
  action,
  collectionId,
  orderId,
  partId,
  parts,
  letterTitle,
}: {
  action: Action<T>;
  collectionId: string;
  orderId: string;
  partId: string | null;
  parts: { id: string; title: string }[];
  letterTitle: string;
}) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const id = `part-${orderId}`;
  return (
    <form action={formAction} className="row part-picker">
      <input type="hidden" name="collectionId" value={collectionId} />
      <input type="hidden" name="orderId" value={orderId} />
      <label htmlFor={id} className="small">
        Part
      </label>
      <select id={id} name="partId" defaultValue={partId ?? ""}>
        <option value="">No part (opens the book)</option>
        {parts.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
      <button type="submit" className="button quiet" disabled={pending} aria-label={`Move “${letterTitle}” to this part`}>
        Move
      </button>
      <FormMessage state={state} />
    </form>
  );
}

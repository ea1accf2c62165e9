"use client";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";
import { TRIM_SIZES } from "@/lib/books/book-design";
import { BOOK_LANGUAGES } from "@/lib/books/book-languages";

type FrontMatter = {
  title: string;
  subtitle: string;
  credit: string;
  language: string;
  trimSize: string;
  dedication: string;
  foreword: string;
  blurb: string;
  facsimiles: boolean;
};

/** The title page, dedication, foreword, back cover and print settings of a book. */
export function FrontMatterForm<T>({
  action,
  collectionId,
  values,
}: {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  collectionId: string;
  values: FrontMatter;
}) {
  const [state, formAction, pending] = useActionState<ActionState<T>, FormData>(action, null);
  return (
    <form action={formAction} className="form">
      <input type="hidden" name="collectionId" value={collectionId} />
      <Field name="title" label="Title" state={state} initial={values.title}>
        {(props) => <input type="text" required maxLength={200} {...props} />}
      </Field>
      <Field name="subtitle" label="Subtitle" state={state} initial={values.subtitle} hint="Optional.">
        {(props) => <input type="text" maxLength={300} {...props} />}
      </Field>
      <Field name="credit" label="Credit" state={state} initial={values.credit} hint="On the title page and the cover.">
        {(props) => <input type="text" required maxLength={200} {...props} />}
      </Field>
      <div className="row">
        <Field name="language" label="Language" state={state} initial={values.language} hint="Hyphenation and quotation marks follow it.">
          {(props) => (
            <select {...props}>
              {Object.entries(BOOK_LANGUAGES).map(([tag, label]) => (
                <option key={tag} value={tag}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="trimSize" label="Trim size" state={state} initial={values.trimSize}>
          {(props) => (
            <select {...props}>
              {Object.entries(TRIM_SIZES).map(([key, size]) => (
                <option key={key} value={key}>
                  {size.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field name="dedication" label="Dedication" state={state} initial={values.dedication} hint="Optional: a line or two on its own page.">
        {(props) => <textarea rows={2} maxLength={500} {...props} />}
      </Field>
      <Field name="foreword" label="Foreword" state={state} initial={values.foreword} hint="Optional. Leave a blank line between paragraphs.">
        {(props) => <textarea rows={6} {...props} />}
      </Field>
      <Field name="blurb" label="Back-cover blurb" state={state} initial={values.blurb} hint="Up to about 1,200 characters.">
        {(props) => <textarea rows={4} maxLength={1200} {...props} />}
      </Field>
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            name="facsimiles"
            defaultChecked={state && !state.ok ? state.values?.facsimiles === "on" : values.facsimiles}
            aria-describedby="f-facsimiles-hint"
          />
          Facsimile pages
        </label>
        <span className="hint" id="f-facsimiles-hint">
          Each letter’s first page in its handwriting faces the typeset letter. Adds about two pages and 0.5 MB a letter, and compiling takes about four times as long.
        </span>
      </div>
      <div className="row">
        <button type="submit" className="button" disabled={pending}>
          Save front matter
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

"use client";
import Link from "next/link";
import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type FormEvent,
} from "react";
import { Field, FormMessage } from "@/components/field";
import type { ActionState } from "@/lib/auth/action";
import {
  deliveries,
  englishVarieties,
  papers,
  handwritingStyles,
  inks,
  lengths,
  occasions,
  stationeries,
  tones,
  type Delivery,
  type EnglishVariety,
  type LetterLength,
  type Occasion,
} from "@/lib/orders/catalogue";
import { quote } from "@/lib/orders/pricing";
import { LiveSample } from "./live-sample";
import { PriceSummary } from "./price-summary";
import { sampleLetter } from "./sample-letter";

/** `variety` is the English the recipient's country writes (see varietyForCountry); `country` names it. */
export type BriefRecipient = { id: string; name: string; relationship: string; hasAddress: boolean; variety: EnglishVariety; country: string };

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  recipients: BriefRecipient[];
  preselectRecipientId?: string;
  /** Where this browser keeps the unfinished brief; per account, so a shared computer does not mix them. */
  storageKey: string;
};

const MAX_MEMORIES = 12;

// The guided brief: one form in five steps. Inactive steps are hidden, never unmounted, so every
// field is submitted at the end and nothing typed is lost by moving back and forth.
const steps = ["Recipient & occasion", "Tone & length", "Memories & details", "Delivery & look", "Review & price"] as const;
const LAST_STEP = steps.length - 1;
const fieldStep: Record<string, number> = {
  recipientId: 0,
  occasion: 0,
  relationship: 0,
  tone: 1,
  length: 1,
  toneNote: 1,
  englishVariety: 1,
  memories: 2,
  mustInclude: 2,
  mustAvoid: 2,
  signOff: 2,
  deadline: 3,
  delivery: 3,
  handwritingStyle: 3,
  inkColour: 3,
  stationery: 3,
  paper: 3,
  dateLine: 3,
};

/** The steps holding a field the server refused, in order. */
function stepsWithErrors(state: ActionState<unknown>): number[] {
  if (!state || state.ok || !state.fieldErrors) return [];
  return [...new Set(Object.keys(state.fieldErrors).map((name) => fieldStep[name] ?? LAST_STEP))].sort();
}

type Draft = {
  recipientId: string;
  occasion: Occasion;
  relationship: string;
  tone: string;
  toneNote: string;
  length: LetterLength;
  memories: { key: number; text: string }[];
  mustInclude: string;
  mustAvoid: string;
  signOff: string;
  englishVariety: string;
  /** The client picked the variety: it no longer follows the recipient's country. */
  varietyChosen: boolean;
  deadline: string;
  delivery: Delivery;
  handwritingStyle: string;
  inkColour: string;
  stationery: string;
  paper: string;
  dateLine: boolean;
};

// Keys only need to be unique within the list, and the same on the server and in the browser.
const memoriesFrom = (texts: string[]) => texts.map((text, key) => ({ key, text }));

function freshDraft(recipientId: string, recipients: BriefRecipient[]): Draft {
  return {
    recipientId,
    occasion: "birthday",
    relationship: "",
    tone: tones[0],
    toneNote: "",
    length: "letter",
    memories: memoriesFrom([""]),
    mustInclude: "",
    mustAvoid: "",
    signOff: "",
    englishVariety: recipients.find((r) => r.id === recipientId)?.variety ?? "en-US",
    varietyChosen: false,
    deadline: "",
    delivery: "pdf",
    handwritingStyle: "caveat",
    inkColour: "navy",
    stationery: "cream",
    paper: "",
    dateLine: false,
  };
}

function readDraft(storageKey: string, recipientId: string, recipients: BriefRecipient[]): Draft {
  const fresh = freshDraft(recipientId, recipients);
  try {
    const saved = JSON.parse(window.localStorage.getItem(storageKey) ?? "null") as (Partial<Omit<Draft, "memories">> & { memories?: string[] }) | null;
    if (!saved) return fresh;
    const memories = Array.isArray(saved.memories) ? memoriesFrom(saved.memories.map(String)) : fresh.memories;
    // A recipient just added (?recipient=) wins over the one in the saved draft.
    return { ...fresh, ...saved, memories, recipientId: recipientId || saved.recipientId || "" };
  } catch {
    return fresh; // storage blocked or a damaged draft: start afresh
  }
}

function writeDraft(storageKey: string, draft: Draft) {
  try {
    window.localStorage.setItem(storageKey, JSON.stringify({ ...draft, memories: draft.memories.map((m) => m.text) }));
  } catch {
    // Private browsing or a full storage: the brief still works, it just is not kept.
  }
}

const noSubscription = () => () => {};

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

/** Says where the variety came from, so a client who leaves it knows why it is British (or not). */
function varietyHint(recipient: BriefRecipient | undefined, draft: Draft): string {
  const spelling = "It decides the spelling: colour or color, centre or center.";
  if (!recipient?.country || draft.varietyChosen || draft.englishVariety !== recipient.variety) return spelling;
  let country = recipient.country;
  try {
    country = regionNames.of(recipient.country.toUpperCase()) ?? country;
  } catch {
    // not a region code: show it as it was typed
  }
  return `Set from ${recipient.name}’s address in ${country}. ${spelling}`;
}

/** The new-letter brief. The server renders it empty; in the browser it restores the unfinished draft. */
export function BriefForm<T>(props: Props<T>) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const defaultRecipient = props.preselectRecipientId ?? (props.recipients.length === 1 ? props.recipients[0].id : "");
  const initial = inBrowser ? readDraft(props.storageKey, props.preselectRecipientId ?? "", props.recipients) : freshDraft(defaultRecipient, props.recipients);
  if (inBrowser && !initial.recipientId) initial.recipientId = defaultRecipient;
  if (!initial.varietyChosen) initial.englishVariety = props.recipients.find((r) => r.id === initial.recipientId)?.variety ?? initial.englishVariety;
  initial.relationship ||= props.recipients.find((r) => r.id === initial.recipientId)?.relationship ?? "";
  return <BriefFields key={inBrowser ? "browser" : "server"} {...props} initial={initial} persist={inBrowser} />;
}

// Field hands out defaultValue for uncontrolled inputs; these inputs are controlled instead.
const controlled = <P extends { defaultValue?: string }>(p: P) => ({ ...p, defaultValue: undefined });

function BriefFields<T>({ action, recipients, storageKey, initial, persist }: Props<T> & { initial: Draft; persist: boolean }) {
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(action, null);
  const [draft, setDraft] = useState(initial);
  // `focus` is false only on first render: moving between steps takes focus to the step's heading.
  const [step, setStep] = useState({ index: 0, focus: false });
  const [answered, setAnswered] = useState(state);
  const errorSteps = stepsWithErrors(state);
  // A refused brief opens at the first step with something to fix (adjusting state during render,
  // as React recommends for state that follows a changed value).
  if (state !== answered) {
    setAnswered(state);
    if (errorSteps.length > 0) setStep({ index: errorSteps[0], focus: true });
  }
  const focusMemory = useRef<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  // Keep the draft as the client types; after a failed submit, keep it again (submitting set it aside).
  // The server-rendered copy must not overwrite the saved draft before the browser copy reads it.
  useEffect(() => {
    if (persist) writeDraft(storageKey, draft);
  }, [persist, storageKey, draft, state]);
  useEffect(() => {
    if (step.focus) document.getElementById(`step-heading-${step.index}`)?.focus();
  }, [step]);
  useEffect(() => {
    if (focusMemory.current === null) return;
    document.getElementById(`memory-${focusMemory.current}`)?.focus();
    focusMemory.current = null;
  }, [draft.memories]);

  const update = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const onChange =
    (key: Exclude<keyof Draft, "memories">) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      update(key, e.target.value as never);

  const recipient = recipients.find((r) => r.id === draft.recipientId);
  const errors = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);

  function chooseRecipient(e: ChangeEvent<HTMLSelectElement>) {
    const chosen = recipients.find((r) => r.id === e.target.value);
    setDraft((d) => ({
      ...d,
      recipientId: e.target.value,
      relationship: d.relationship || chosen?.relationship || "",
      englishVariety: d.varietyChosen ? d.englishVariety : (chosen?.variety ?? d.englishVariety),
    }));
  }

  function addMemory() {
    const added = { key: Math.max(-1, ...draft.memories.map((m) => m.key)) + 1, text: "" };
    focusMemory.current = added.key;
    setDraft((d) => ({ ...d, memories: [...d.memories, added] }));
  }
  function moveMemory(index: number, by: -1 | 1) {
    const target = index + by;
    if (target < 0 || target >= draft.memories.length) return;
    const memories = [...draft.memories];
    [memories[index], memories[target]] = [memories[target], memories[index]];
    update("memories", memories);
  }
  function removeMemory(index: number) {
    update("memories", draft.memories.filter((_, i) => i !== index));
    addButton.current?.focus();
  }

  const goTo = (index: number) => setStep({ index: Math.max(0, Math.min(LAST_STEP, index)), focus: true });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Enter in a field before the last step moves on instead of sending half a brief.
    if (step.index < LAST_STEP) return goTo(step.index + 1);
    const formData = new FormData(event.currentTarget);
    // Set the draft aside; it is written back if the server finds something to fix.
    window.localStorage.removeItem(storageKey);
    startTransition(() => dispatch(formData));
  }

  const price = quote({ length: draft.length, delivery: draft.delivery, deadline: draft.deadline || null });
  const firstMemory = draft.memories.find((m) => m.text.trim())?.text;
  const memoryErrors = errors("memories");
  const deliveryErrors = errors("delivery");

  return (
    <form className="brief-form" onSubmit={onSubmit} noValidate>
      {/* Until the page is interactive the fields are locked: the browser copy replaces this one. */}
      <fieldset className="brief-fields form" disabled={!persist}>
        <nav aria-label="Steps of the brief">
          <ol className="brief-steps">
            {steps.map((name, index) => (
              <li key={name} className={index === step.index ? "current" : index < step.index ? "done" : undefined}>
                <button type="button" className="step-link" aria-current={index === step.index ? "step" : undefined} onClick={() => goTo(index)}>
                  <span className="step-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="step-name">{name}</span>
                  {errorSteps.includes(index) && <span className="step-alert"> (needs a look)</span>}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <FormMessage state={state} />

        <fieldset className="card form" hidden={step.index !== 0}>
          <StepHeading index={0} />
          <Field name="recipientId" label="Recipient" state={state} hint={<Link href="/recipients/new?returnTo=new-order">Add a new recipient</Link>}>
            {(p) => (
              <select {...controlled(p)} value={draft.recipientId} onChange={chooseRecipient}>
                <option value="">Choose a recipient</option>
                {recipients.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="occasion" label="Occasion" state={state}>
            {(p) => (
              <select {...controlled(p)} value={draft.occasion} onChange={onChange("occasion")}>
                {Object.entries(occasions).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="relationship" label="Relationship" state={state} hint="How you know them, in your words: “My mother”, “My oldest friend”.">
            {(p) => <input type="text" {...controlled(p)} value={draft.relationship} onChange={onChange("relationship")} />}
          </Field>
        </fieldset>

        <fieldset className="card form" hidden={step.index !== 1}>
          <StepHeading index={1} />
          <div className="grid grid-2">
            <Field name="tone" label="Tone" state={state}>
              {(p) => (
                <select {...controlled(p)} value={draft.tone} onChange={onChange("tone")}>
                  {tones.map((t) => (
                    <option key={t} value={t}>
                      {t}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="length" label="Length" state={state}>
              {(p) => (
                <select {...controlled(p)} value={draft.length} onChange={onChange("length")}>
                  {Object.entries(lengths).map(([value, l]) => (
                    <option key={value} value={value}>
                      {l.label} ({l.minWords}–{l.maxWords} words)
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field name="toneNote" label="Anything else about the tone?" state={state} hint="Optional. For example: “gently funny, she hates fuss”.">
            {(p) => <input type="text" {...controlled(p)} value={draft.toneNote} onChange={onChange("toneNote")} />}
          </Field>
          <Field name="englishVariety" label="Variety of English" state={state} hint={varietyHint(recipient, draft)}>
            {(p) => (
              <select
                {...controlled(p)}
                value={draft.englishVariety}
                onChange={(e) => setDraft((d) => ({ ...d, englishVariety: e.target.value, varietyChosen: true }))}
              >
                {Object.entries(englishVarieties).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>

        <fieldset className="card form" hidden={step.index !== 2} aria-describedby={memoryErrors ? "memories-error" : undefined}>
          <StepHeading index={2} />
          <p className="muted small">
            Memories are the heart of the letter: a place, a day, a habit, something only the two of you know.
          </p>
          <ol className="memories plain-list">
            {draft.memories.map((m, index) => (
              <li key={m.key} className="memory field">
                <label htmlFor={`memory-${m.key}`}>Memory {index + 1}</label>
                <textarea
                  id={`memory-${m.key}`}
                  name="memories"
                  rows={3}
                  value={m.text}
                  aria-invalid={!!memoryErrors}
                  onChange={(e) =>
                    update(
                      "memories",
                      draft.memories.map((x) => (x.key === m.key ? { ...x, text: e.target.value } : x)),
                    )
                  }
                />
                <div className="row memory-tools">
                  <button type="button" className="button quiet small" aria-disabled={index === 0} onClick={() => moveMemory(index, -1)}>
                    Move up<span className="visually-hidden"> memory {index + 1}</span>
                  </button>
                  <button
                    type="button"
                    className="button quiet small"
                    aria-disabled={index === draft.memories.length - 1}
                    onClick={() => moveMemory(index, 1)}
                  >
                    Move down<span className="visually-hidden"> memory {index + 1}</span>
                  </button>
                  <button type="button" className="button quiet small" onClick={() => removeMemory(index)}>
                    Remove<span className="visually-hidden"> memory {index + 1}</span>
                  </button>
                </div>
              </li>
            ))}
          </ol>
          {memoryErrors && (
            <span className="field-error" id="memories-error">
              {memoryErrors.join(" ")}
            </span>
          )}
          <div>
            <button ref={addButton} type="button" className="button" onClick={addMemory} disabled={draft.memories.length >= MAX_MEMORIES}>
              Add a memory
            </button>
          </div>
          <Field name="mustInclude" label="Must include" state={state} hint="Optional. Names, a phrase, a date that has to be there.">
            {(p) => <textarea rows={3} {...controlled(p)} value={draft.mustInclude} onChange={onChange("mustInclude")} />}
          </Field>
          <Field name="mustAvoid" label="Things to avoid" state={state} hint="Optional. Subjects or words to leave out.">
            {(p) => <textarea rows={3} {...controlled(p)} value={draft.mustAvoid} onChange={onChange("mustAvoid")} />}
          </Field>
          <Field name="signOff" label="Sign-off" state={state} hint="For example: “With all my love, Clara”.">
            {(p) => <input type="text" {...controlled(p)} value={draft.signOff} onChange={onChange("signOff")} />}
          </Field>
        </fieldset>

        <fieldset className="card form" hidden={step.index !== 3}>
          <StepHeading index={3} />
          <Field name="deadline" label="Deadline" state={state} hint="Optional. Within five days counts as a rush.">
            {(p) => <input type="date" {...controlled(p)} value={draft.deadline} onChange={onChange("deadline")} />}
          </Field>
          <fieldset className="field" aria-describedby={deliveryErrors ? "delivery-error" : undefined}>
            <legend>Delivery</legend>
            <div className="choices">
              {Object.entries(deliveries).map(([value, label]) => (
                <label key={value} className="choice">
                  <input
                    type="radio"
                    name="delivery"
                    value={value}
                    checked={draft.delivery === value}
                    onChange={() => update("delivery", value as Delivery)}
                  />
                  {label}
                </label>
              ))}
            </div>
            {draft.delivery === "mail" && recipient && !recipient.hasAddress && (
              <p className="hint">
                {recipient.name} has no postal address yet.{" "}
                <Link href={`/recipients/${recipient.id}/edit`}>Add their address</Link> (this brief is kept), or choose PDF by email.
              </p>
            )}
            {deliveryErrors && (
              <span className="field-error" id="delivery-error">
                {deliveryErrors.join(" ")}
              </span>
            )}
          </fieldset>
          <div className="grid grid-3">
            <Field name="handwritingStyle" label="Handwriting" state={state}>
              {(p) => (
                <select {...controlled(p)} value={draft.handwritingStyle} onChange={onChange("handwritingStyle")}>
                  {Object.entries(handwritingStyles).map(([value, s]) => (
                    <option key={value} value={value}>
                      {s.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="inkColour" label="Ink" state={state}>
              {(p) => (
                <select {...controlled(p)} value={draft.inkColour} onChange={onChange("inkColour")}>
                  {Object.entries(inks).map(([value, ink]) => (
                    <option key={value} value={value}>
                      {ink.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="stationery" label="Stationery" state={state}>
              {(p) => (
                <select {...controlled(p)} value={draft.stationery} onChange={onChange("stationery")}>
                  {Object.entries(stationeries).map(([value, s]) => (
                    <option key={value} value={value}>
                      {s.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="paper" label="Paper" state={state}>
              {(p) => (
                <select {...controlled(p)} value={draft.paper} onChange={onChange("paper")}>
                  <option value="">{draft.englishVariety === "en-GB" || draft.englishVariety === "en-AU" ? "A4 (usual here)" : "US Letter (usual here)"}</option>
                  {Object.entries(papers).map(([value, paper]) => (
                    <option key={value} value={value}>
                      {paper.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <label className="checkbox">
            <input type="checkbox" name="dateLine" checked={draft.dateLine} onChange={(e) => update("dateLine", e.target.checked)} />
            Write the date at the top of the letter
          </label>
        </fieldset>

        <section className="card form" hidden={step.index !== LAST_STEP} aria-labelledby="step-heading-4">
          <StepHeading index={LAST_STEP} asLegend={false} />
          <BriefReview draft={draft} recipientName={recipient?.name} onChange={goTo} />
        </section>
      </fieldset>

      <aside className="brief-aside" aria-label="Preview and price">
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">How it will look</h2>
          <LiveSample
            body={sampleLetter({ recipientName: recipient?.name, occasion: draft.occasion, memory: firstMemory, signOff: draft.signOff })}
            check={[recipient?.name, ...draft.memories.map((m) => m.text), draft.mustInclude, draft.signOff, draft.relationship].join("\n")}
            handwritingStyle={draft.handwritingStyle}
            inkColour={draft.inkColour}
            stationery={draft.stationery}
            englishVariety={draft.englishVariety}
            paper={draft.paper}
            dateLine={draft.dateLine}
          />
          <p className="muted small">A sample in your chosen handwriting, ink and paper. Your writer composes the real letter.</p>
        </section>
        <PriceSummary quote={price} />
      </aside>

      <div className="brief-submit">
        <div className="row brief-nav">
          {step.index > 0 && (
            <button key="back" type="button" className="button" onClick={() => goTo(step.index - 1)} disabled={!persist}>
              Back
            </button>
          )}
          {/* Keyed apart: reusing the clicked Next button as the submit button would send the form. */}
          {step.index < LAST_STEP ? (
            <button key="next" type="button" className="button primary" onClick={() => goTo(step.index + 1)} disabled={!persist}>
              Next
            </button>
          ) : (
            <button key="submit" className="button primary" type="submit" disabled={pending || !persist}>
              Continue to payment
            </button>
          )}
        </div>
        <p className="muted small">
          {step.index < LAST_STEP ? "Your brief is kept on this device as you type." : "You will see the total again before paying. Nothing is charged yet."}
        </p>
      </div>
    </form>
  );
}

/** A step's title: focusable so moving between steps tells screen readers where they are. */
function StepHeading({ index, asLegend = true }: { index: number; asLegend?: boolean }) {
  const heading = (
    <h2 id={`step-heading-${index}`} className="step-heading" tabIndex={-1}>
      <span className="step-count">
        Step {index + 1} of {steps.length}
      </span>
      {steps[index]}
    </h2>
  );
  return asLegend ? <legend className="section-legend">{heading}</legend> : heading;
}

/** The last step: the whole brief at a glance, each part one click from its step. */
function BriefReview({ draft, recipientName, onChange }: { draft: Draft; recipientName?: string; onChange: (step: number) => void }) {
  const memories = draft.memories.map((m) => m.text.trim()).filter(Boolean);
  const parts: { step: number; rows: [string, string][] }[] = [
    {
      step: 0,
      rows: [
        ["Recipient", recipientName ?? "Not chosen yet"],
        ["Occasion", occasions[draft.occasion]],
        ["Relationship", draft.relationship || "Not given yet"],
      ],
    },
    {
      step: 1,
      rows: [
        ["Tone", [draft.tone, draft.toneNote].filter(Boolean).join(": ")],
        ["Length", lengths[draft.length].label],
        ["Variety of English", englishVarieties[draft.englishVariety as keyof typeof englishVarieties] ?? draft.englishVariety],
      ],
    },
    {
      step: 2,
      rows: [
        ["Memories", memories.length === 0 ? "None yet" : memories.length === 1 ? "1 memory" : `${memories.length} memories`],
        ["Sign-off", draft.signOff || "Not given yet"],
      ],
    },
    {
      step: 3,
      rows: [
        ["Delivery", deliveries[draft.delivery]],
        ["Deadline", draft.deadline || "None"],
        [
          "Look",
          [
            handwritingStyles[draft.handwritingStyle as keyof typeof handwritingStyles]?.label,
            inks[draft.inkColour as keyof typeof inks]?.label,
            stationeries[draft.stationery as keyof typeof stationeries]?.label,
            papers[draft.paper as keyof typeof papers]?.label,
            draft.dateLine ? "dated" : "",
          ]
            .filter(Boolean)
            .join(", "),
        ],
      ],
    },
  ];
  return (
    <div className="brief-review stack">
      {parts.map((part) => (
        <div key={part.step} className="review-part">
          <dl className="details">
            {part.rows.map(([term, value]) => (
              <div key={term} className="review-row">
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <button type="button" className="button quiet small" onClick={() => onChange(part.step)}>
            Change<span className="visually-hidden"> {steps[part.step].toLowerCase()}</span>
          </button>
        </div>
      ))}
    </div>
  );
}

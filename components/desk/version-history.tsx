"use client";
import { startTransition, useActionState } from "react";
import { LocalTime } from "@/components/local-time";
import type { ActionState } from "@/lib/auth/action";
import type { VersionDiff as Diff } from "@/lib/letters/diff-versions";
import { authorLabel } from "./author-label";
import { useLetterDraft } from "./letter-draft-context";
import type { VersionItem } from "./version-items";
import { VersionDiff } from "./version-diff";


type CompareAction = (state: ActionState<Diff & { from: number; to: number }>, formData: FormData) => Promise<ActionState<Diff & { from: number; to: number }>>;

/** Every saved version, newest first, with a comparison of any two and (inside a draft) restore. */
type HistoryProps = { orderId: string; versions: VersionItem[]; compare: CompareAction; canRestore: boolean };

export function VersionHistory({ orderId, versions, compare, canRestore }: HistoryProps) {
  const latest = versions.at(-1)?.number ?? 0;
  return (
    <section className="card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      {versions.length === 0 ? (
        <p className="muted small">No versions yet: the first save makes version 1.</p>
      ) : (
        <>
          <ol className="plain-list version-list" reversed>
            {[...versions].reverse().map((v) => (
              <li key={v.number} className="version-item">
                <div>
                  <strong id={`version-${v.number}`}>Version {v.number}</strong>
                  {v.number === latest && <span className="badge">Current</span>} <span className="small">{authorLabel(v)}</span>
                  <br />
                  <time className="small muted" dateTime={v.createdAt.toISOString()}>
                    <LocalTime value={v.createdAt} />
                  </time>
                  {v.note && <span className="small muted"> · {v.note}</span>}
                </div>
                {canRestore && v.number !== latest && <RestoreButton number={v.number} />}
              </li>
            ))}
          </ol>
          {versions.length > 1 && <CompareForm key={latest} orderId={orderId} numbers={versions.map((v) => v.number)} compare={compare} />}
        </>
      )}
    </section>
  );
}

function RestoreButton({ number }: { number: number }) {
  const { run, pending } = useLetterDraft();
  return (
    <button
      type="button"
      className="button small"
      disabled={pending}
      onClick={() => startTransition(() => run({ kind: "restore", number }))}
      aria-describedby={`version-${number}`}
    >
      Restore
    </button>
  );
}

/** Any two versions side by side as one text, changes marked. */
export function CompareForm({ numbers, compare, orderId }: { numbers: number[]; compare: CompareAction; orderId: string }) {
  const [state, action, pending] = useActionState(compare, null);
  const latest = numbers.at(-1)!;
  // React resets a form after its action: the selects start again from the pair just compared.
  const shown = state?.ok && state.data ? state.data : null;
  const select = (name: "from" | "to", label: string, initial: number) => (
    <div className="field">
      <label htmlFor={`compare-${name}`}>{label}</label>
      <select id={`compare-${name}`} name={name} defaultValue={initial} key={`${name}-${initial}`}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            Version {n}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="compare">
      <form action={action} className="compare-form">
        <input type="hidden" name="orderId" value={orderId} />
        {select("from", "Compare version", shown?.from ?? numbers.at(-2)!)}
        {select("to", "with version", shown?.to ?? latest)}
        <button className="button small" type="submit" disabled={pending}>
          Compare
        </button>
      </form>
      {state && !state.ok && (
        <p className="alert error" role="alert">
          {state.error}
        </p>
      )}
      {state?.ok && state.data && <VersionDiff diff={state.data} from={state.data.from} to={state.data.to} />}
    </div>
  );
}

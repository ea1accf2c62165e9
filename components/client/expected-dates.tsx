import type { Expectation } from "@/lib/orders/expected-dates";
import { formatDay } from "./format-date";

/** "Mar 12" or "Mar 12 – Mar 14". */
export function formatDays(soonest: string, latest: string): string {
  return soonest === latest ? formatDay(soonest) : `${formatDay(soonest)} – ${formatDay(latest)}`;
}

/** When to expect the letter, step by step, against the client's own date. */
export function ExpectedDates({ expectation }: { expectation: Expectation }) {
  const { finish, deadline, late, waitingForClient, steps } = expectation;
  return (
    <section className="card expected-dates" aria-labelledby="expected-heading">
      <h2 id="expected-heading">When to expect it</h2>
      {finish ? (
        <p className="expected-finish">
          {finish.label}: <strong>{formatDays(finish.soonest, finish.latest)}</strong>
        </p>
      ) : (
        <p className="expected-finish">Every step is done.</p>
      )}
      {finish && deadline && (
        <p className={`small ${late ? "expected-late" : "muted"}`}>
          {late
            ? `That is after your date, ${formatDay(deadline)}. We do our best to make up time; write to us if the date matters most.`
            : `In time for your date, ${formatDay(deadline)}.`}
        </p>
      )}
      {waitingForClient && <p className="small muted">The dates after your approval count from today: they move with the day you approve.</p>}
      <ol className="expected-steps">
        {steps.map((step) => (
          <li key={step.key} className={`step-${step.state}`} aria-current={step.state === "now" ? "step" : undefined}>
            <span className="step-label">{step.label}</span>
            <span className="step-when">
              {step.state === "done" ? "Done" : step.key === "reading" ? (step.state === "now" ? "Waiting for you" : "When you approve") : formatDays(step.by!, step.latest ?? step.by!)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

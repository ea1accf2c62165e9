import type { ReactNode } from "react";

/** The calm page shown when something is not there or went wrong, with ways onward. */
export function LostPage({ mark, heading, children, actions }: { mark: string; heading: string; children: ReactNode; actions: ReactNode }) {
  return (
    <section className="lost-page" aria-labelledby="lost-heading">
      <p className="lost-mark" aria-hidden="true">
        {mark}
      </p>
      <h1 id="lost-heading">{heading}</h1>
      <p className="lede">{children}</p>
      <div className="row">{actions}</div>
    </section>
  );
}

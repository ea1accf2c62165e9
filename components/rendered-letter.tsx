"use client";
import { useEffect, useState } from "react";
import { LetterSheet } from "@/components/letter-sheet";
import type { LetterView } from "@/lib/handwriting/letter-view";

type Props = {
  view: LetterView;
  audience: "client" | "writer" | "editor";
  label?: string;
};

/**
 * A letter version in handwriting, its pages loaded from their own URL after the page (they are
 * too heavy to ride in its HTML); the warning about undrawable characters shows at once.
 */
export function RenderedLetter({ view, audience, label }: Props) {
  const [loaded, setLoaded] = useState<{ src: string; pages: string[] } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    fetch(view.src, { signal: abort.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ pages: string[] }>) : Promise.reject(new Error(String(response.status)))))
      .then(({ pages }) => setLoaded({ src: view.src, pages }))
      .catch(() => abort.signal.aborted || setFailed(view.src));
    return () => abort.abort();
  }, [view.src, attempt]);

  if (failed === view.src) {
    return (
      <div className="alert warning" role="alert">
        The handwritten pages could not be loaded.{" "}
        <button
          type="button"
          className="button quiet"
          onClick={() => {
            setFailed(null);
            setAttempt((n) => n + 1);
          }}
        >
          Try again
        </button>
      </div>
    );
  }
  // A new version keeps the old pages on screen until its own have come.
  return <LetterSheet pages={loaded?.pages ?? null} missingCharacters={view.missingCharacters} audience={audience} label={label} />;
}

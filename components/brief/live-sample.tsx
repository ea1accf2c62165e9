"use client";
import { useEffect, useState } from "react";
import { LetterSheet } from "@/components/letter-sheet";

type Props = {
  /** The sample's few lines, in the client's own words. */
  body: string;
  /** The rest of the brief, checked for characters no hand can write. */
  check: string;
  handwritingStyle: string;
  inkColour: string;
  stationery: string;
  englishVariety: string;
  paper: string;
  dateLine: boolean;
};

type Sample = { pages: string[]; missingCharacters: string[] };

/**
 * The brief's sample drawn by the handwriting engine on the server (the same engine as the letter
 * and its PDF), redrawn a moment after the client stops typing.
 */
export function LiveSample(props: Props) {
  const [sample, setSample] = useState<Sample | null>(null);
  const [loading, setLoading] = useState(true);
  const request = JSON.stringify(props);

  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const response = await fetch("/api/handwriting/sample", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: request,
          signal: abort.signal,
        });
        if (response.ok) setSample((await response.json()) as Sample);
      } catch {
        // Superseded by newer typing, or offline: the last sample stays.
      } finally {
        if (!abort.signal.aborted) setLoading(false);
      }
    }, 250);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [request]);

  return (
    <div className={loading ? "live-sample is-loading" : "live-sample"} aria-busy={loading}>
      {sample ? (
        <LetterSheet pages={sample.pages} missingCharacters={sample.missingCharacters} audience="client" label="Sample of your letter" />
      ) : (
        <div className="letter-sheet sample-placeholder" aria-label="Sample of your letter" role="article" />
      )}
    </div>
  );
}

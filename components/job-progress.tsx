"use client";
import { useEffect, useState } from "react";

/**
 * The progress of a background job (a book's compile, a print batch's PDF). The job reports its
 * stages (loaded, drawn, stored); in between, the bar moves on towards the next stage at the pace
 * such a job usually takes, so the admin sees it working rather than a bar stuck at 10%.
 */
export function JobProgress({ progress, startedAt, expectedMs, label }: { progress: number; startedAt: string | null; expectedMs: number; label: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (progress >= 100) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [progress]);
  const elapsed = startedAt ? Math.max(0, now - Date.parse(startedAt)) : 0;
  // Approaches 95% but never claims to be done before the job says so.
  const estimate = startedAt ? 10 + 85 * (1 - Math.exp(-elapsed / expectedMs)) : 0;
  const shown = Math.round(progress >= 100 ? 100 : Math.max(progress, Math.min(95, estimate)));
  return (
    <progress max={100} value={shown} aria-label={`${label}: about ${shown}%`}>
      {shown}%
    </progress>
  );
}

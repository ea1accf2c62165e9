"use client";
import { useEffect, useState } from "react";

/**
 * The progress of a compile. The job reports its stages (loaded, typeset, stored); in between, the
 * bar moves on towards the next stage at the pace a book of this size usually takes, so the admin
 * sees it working rather than a bar stuck at 10%.
 */
export function ExportProgress({ progress, startedAt, expectedMs }: { progress: number; startedAt: string | null; expectedMs: number }) {
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
    <progress max={100} value={shown} aria-label={`Compiling: about ${shown}%`}>
      {shown}%
    </progress>
  );
}

"use client";
import { useSyncExternalStore } from "react";

const never = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
// The server cannot know the viewer's zone: it writes UTC (and says so); the browser then redraws
// the time in its own zone.
const serverZone = () => "UTC";

/** A moment (a comment, a payment, an email) in the viewer's own time zone, with the zone named. */
export function LocalTime({ value }: { value: Date }) {
  const timeZone = useSyncExternalStore(never, browserZone, serverZone);
  const text = new Intl.DateTimeFormat("en-US", {
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(value);
  return <time dateTime={value.toISOString()}>{text}</time>;
}

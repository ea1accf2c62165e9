// When a client can expect their letter: one module, from the deadline, the state and the delivery.
// Days are calendar days (UTC dates, like the deadline); each step still to come is counted from
// today or from when the current step began, whichever is later, so a late step moves every date
// after it instead of showing a date already past.
import type { Order, OrderStatus } from "@/lib/db/schema";
import { RUSH_DAYS } from "./pricing";

/** Days each step usually takes. A rush letter is written sooner. */
export const STEP_DAYS = { writing: 4, rushWriting: 2, review: 1, printing: 2 } as const;

/** Days in the post from our studio (United States), by destination: [soonest, latest]. */
const postDays: Record<string, [number, number]> = { US: [3, 5], CA: [6, 10], MX: [7, 14], GB: [7, 12], IE: [7, 12], AU: [10, 15], NZ: [10, 15] };
const EUROPE = new Set(["AT", "BE", "CH", "CZ", "DE", "DK", "ES", "FI", "FR", "GR", "HU", "IT", "LU", "NL", "NO", "PL", "PT", "SE"]);
const ELSEWHERE: [number, number] = [10, 21];

export function daysInPost(country: string | null | undefined): [number, number] {
  const code = (country || "US").toUpperCase();
  return postDays[code] ?? (EUROPE.has(code) ? [7, 14] : ELSEWHERE);
}

export type StepKey = "writing" | "review" | "reading" | "printing" | "posting" | "arrival" | "pdf";
export type Step = {
  key: StepKey;
  label: string;
  state: "done" | "now" | "next";
  /** Expected day (YYYY-MM-DD) the step is done; null for the client's own step (it waits for them). */
  by: string | null;
  /** For the post: the latest expected day, as arrival is a range. */
  latest?: string;
};
export type Expectation = {
  steps: Step[];
  /** When the letter reaches the recipient (by post) or the client (PDF): a day or a range. */
  finish: { label: string; soonest: string; latest: string } | null;
  deadline: string | null;
  /** The finish falls after the deadline. */
  late: boolean;
  /** Nothing moves until the client approves (or asks for changes). */
  waitingForClient: boolean;
};

type Input = Pick<Order, "status" | "delivery" | "deadline" | "createdAt" | "statusChangedAt"> & { country?: string | null };

// Where each status sits among the steps.
const stepOf: Partial<Record<OrderStatus, StepKey>> = {
  paid: "writing",
  assigned: "writing",
  drafting: "writing",
  revision_requested: "writing",
  in_review: "review",
  with_client: "reading",
  approved: "printing",
  printed: "posting",
  mailed: "arrival",
};
const finished: readonly OrderStatus[] = ["delivered"];

const DAY_MS = 86_400_000;
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (day: string, n: number) => dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS));
const later = (a: string, b: string) => (a > b ? a : b);

/** The expected dates of an order, or null for orders that are not on their way (unpaid, cancelled, refunded). */
export function expectedDates(order: Input, now: Date = new Date()): Expectation | null {
  const mail = order.delivery === "mail";
  const keys: StepKey[] = mail ? ["writing", "review", "reading", "printing", "posting", "arrival"] : ["writing", "review", "reading", "pdf"];
  const done = finished.includes(order.status);
  // An approved PDF letter is next made ready to download rather than printed.
  const step = order.status === "approved" && !mail ? "pdf" : stepOf[order.status];
  const current = done ? null : (step ?? null);
  if (!done && (!current || !keys.includes(current))) return null;

  const rush = order.deadline !== null && Date.parse(`${order.deadline}T00:00:00Z`) - Date.parse(dayOf(order.createdAt)) < RUSH_DAYS * DAY_MS;
  const [postSoonest, postLatest] = daysInPost(order.country);
  const length: Record<StepKey, number> = {
    writing: rush ? STEP_DAYS.rushWriting : STEP_DAYS.writing,
    review: STEP_DAYS.review,
    reading: 0,
    printing: STEP_DAYS.printing,
    posting: 1,
    arrival: postSoonest,
    pdf: 0,
  };
  const today = dayOf(now);
  const currentIndex = current ? keys.indexOf(current) : keys.length;
  // The step under way is counted from when it began; each later one from the one before it. None
  // ends before today, and the client's own reading takes no planned time (the rest follows it).
  let cursor = dayOf(order.statusChangedAt);
  const steps: Step[] = keys.map((key, i) => {
    const state = i < currentIndex ? "done" : i === currentIndex ? "now" : "next";
    if (state === "done" || key === "reading") {
      if (key === "reading" && state === "now") cursor = today;
      return { key, label: labels[key], state, by: null };
    }
    const by = later(addDays(cursor, length[key]), today);
    cursor = by;
    if (key !== "arrival") return { key, label: labels[key], state, by };
    return { key, label: labels[key], state, by, latest: later(addDays(by, postLatest - postSoonest), today) };
  });
  const last = steps[steps.length - 1];
  const finish = last.state === "done" ? null : { label: finishLabel(mail), soonest: last.by!, latest: last.latest ?? last.by! };
  return {
    steps,
    finish,
    deadline: order.deadline,
    late: !!finish && !!order.deadline && finish.latest > order.deadline,
    waitingForClient: order.status === "with_client",
  };
}

const labels: Record<StepKey, string> = {
  writing: "Written by your writer",
  review: "Read through by our editor",
  reading: "Approved by you",
  printing: "Written out on your stationery",
  posting: "Posted",
  arrival: "Arrives",
  pdf: "PDF ready to download",
};

const finishLabel = (mail: boolean) => (mail ? "Expected to arrive" : "Expected ready to download");

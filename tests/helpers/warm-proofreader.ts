import { beforeAll } from "vitest";
import { warmProofreader } from "@/lib/proofread/warm-proofreader";

/** Starts the proofreader once per file, with a hook timeout a loaded machine can meet, so no test's own clock pays for it. */
export function warmProofreaderFirst() {
  beforeAll(() => warmProofreader(), 240_000);
}

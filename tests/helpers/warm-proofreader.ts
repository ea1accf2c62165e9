import { beforeAll } from "vitest";
import { runHeavyWork } from "@/lib/pool/heavy-work-pool";
import { warmProofreader } from "@/lib/proofread/warm-proofreader";

/**
 * Starts the proofreader once per file, with a hook timeout a loaded machine can meet, so no test's
 * own clock pays for it: in this thread for unit tests, in the worker-thread pool (where "Check the
 * letter" runs it) for integration tests.
 */
export function warmProofreaderFirst({ pool = false }: { pool?: boolean } = {}) {
  beforeAll(
    () => (pool ? runHeavyWork("proofreadLetter", { text: "A warm start.", variety: "en-GB", extraWords: [] }) : warmProofreader()),
    240_000,
  );
}

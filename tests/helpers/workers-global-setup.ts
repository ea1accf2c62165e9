// The worker-thread pool runs a bundled file (lib/pool/heavy-work.worker.mjs): build it from
// workers/ before the tests, as `npm run build` does before next build.
import { buildWorkers } from "../../scripts/build-workers";

export default async function setup() {
  await buildWorkers();
}

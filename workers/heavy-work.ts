// The worker-thread entry for CPU-heavy work (lib/pool runs it with piscina). Bundled to
// lib/pool/heavy-work.worker.mjs by scripts/build-workers.ts: a worker must be plain JavaScript.
// Each export is a task; it takes plain data and returns plain data or bytes, never a database handle.
export { typesetBook } from "./tasks/book";
export { renderLetterPdf, renderLetterSvg, renderLetterThumbnail } from "./tasks/letter";
export { renderPrintBatchPdf } from "./tasks/print-batch";
export { proofreadLetter } from "./tasks/proofread";

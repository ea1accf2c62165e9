import type { ComposerKind } from "./compose-types";

/** A streamed piece of writing and who wrote it, so the screen can say so. */
export type Composition = {
  composer: ComposerKind;
  label: string;
  /** Something the writer should know about this result, e.g. an instruction the offline composer cannot follow. */
  notice?: string;
  chunks: AsyncIterable<string>;
};

// The query-string parameters of list pages, parsed with zod: a missing, repeated or malformed
// value is simply ignored (the list shows unfiltered), never an error page.
import { z } from "zod";

/** One optional parameter: the first value if repeated, blank as missing, invalid as missing. */
export function listParam<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    return first === "" ? undefined : first;
  }, schema.optional()).catch(undefined);
}

export const cursorParam = listParam(z.string().max(2000));
export const dateParam = listParam(z.iso.date());
export const searchParam = listParam(z.string().trim().min(1).max(100));

export type SearchParams = Record<string, string | string[] | undefined>;

/** `%`, `_` and `\` typed by a person are matched literally in an ILIKE pattern. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

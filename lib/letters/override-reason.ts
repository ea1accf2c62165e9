/** A reason for letting a letter past an open checklist item must say something: at least this many characters. */
export const MIN_OVERRIDE_REASON = 10;

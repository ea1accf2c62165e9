"use client";
import {
  createContext,
  useCallback,
  startTransition,
  useActionState,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from "react";
import type { ActionState } from "@/lib/auth/action";

// Called with no previous state: any server action built with formAction fits.
type Action<T> = (state: null, formData: FormData) => Promise<ActionState<T>>;

export type DraftActions = {
  save: Action<{ number: number }>;
  restore: Action<{ number: number; body: string }>;
  submit: Action<unknown>;
};

/**
 * What the draft can be asked to do. "save" is the writer's button; "checkpoint" saves quietly if
 * anything changed: `body` saves that text instead of the editor's (the words before AI text goes
 * in), and `authorKind: "ai"` marks the version as AI-written so the AI share can be measured.
 */
export type Intent =
  | { kind: "save" | "autosave" }
  | { kind: "submit"; overrideReason?: string }
  | { kind: "checkpoint"; body?: string; authorKind?: "ai" }
  | { kind: "restore"; number: number };

type DraftState = {
  savedNumber: number;
  savedBody: string;
  error: string | null;
  /** Field errors of the last failed request, e.g. a too-short reason for submitting anyway. */
  fieldErrors: Record<string, string[]>;
  message: string | null;
};

type Draft = {
  orderId: string;
  text: string;
  /** The text now, for callbacks that run after an await (the render's `text` may be older). */
  getText: () => string;
  setText: (text: string) => void;
  /** The editor's selection in the letter's text (start === end for a caret), set by the editor. */
  selectionRef: RefObject<(() => { start: number; end: number }) | null>;
  /**
   * Replaces [start, end) of the text, saving the writer's words as a version first (unless
   * nothing changed since the last save): accepted suggestions and AI text go in this way.
   */
  replaceRange: (start: number, end: number, insert: string) => void;
  dirty: boolean;
  canEdit: boolean;
  state: DraftState;
  pending: boolean;
  run: (intent: Intent) => void;
};

const DraftContext = createContext<Draft | null>(null);

/** The letter being written, shared by the editor, the version history and the assistance panel. */
export function useLetterDraft(): Draft {
  const draft = useContext(DraftContext);
  if (!draft) throw new Error("useLetterDraft is used outside LetterDraftProvider");
  return draft;
}

const AUTOSAVE_MS = 8000;

type Props = {
  orderId: string;
  initialBody: string;
  initialNumber: number;
  canEdit: boolean;
  actions: DraftActions;
  children: ReactNode;
};

/**
 * Holds the writer's text in the browser and saves it as versions, one request at a time. Every
 * save names the version it was based on; if someone saved in between, the server refuses and the
 * text stays here, and autosave stops until the writer reloads and merges.
 */
export function LetterDraftProvider({ orderId, initialBody, initialNumber, canEdit, actions, children }: Props) {
  const [text, setTextState] = useState(initialBody);
  const textRef = useRef(initialBody);
  const savedRef = useRef(initialBody);
  const baseRef = useRef(initialNumber);
  // After a failed save autosave waits: the writer saves by hand, or reloads to merge.
  const pausedRef = useRef(false);
  const selectionRef = useRef<(() => { start: number; end: number }) | null>(null);

  const setText = (next: string) => {
    textRef.current = next;
    setTextState(next);
  };

  const [state, run, pending] = useActionState<DraftState, Intent>(
    async (prev, intent) => {
      const form = (fields: Record<string, string | number>) => {
        const data = new FormData();
        data.set("orderId", orderId);
        for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
        return data;
      };
      const failed = (result: ActionState<unknown>, pause = true): DraftState | null => {
        if (!result || result.ok) return null;
        pausedRef.current ||= pause;
        return { ...prev, error: result.error, fieldErrors: result.fieldErrors ?? {}, message: null };
      };

      const body = intent.kind === "checkpoint" && intent.body !== undefined ? intent.body : textRef.current;
      if (body !== savedRef.current && !(intent.kind === "autosave" && pausedRef.current)) {
        const fields: Record<string, string | number> = { body, baseNumber: baseRef.current };
        if (intent.kind === "autosave") fields.autosave = "1";
        if (intent.kind === "checkpoint" && intent.authorKind) fields.authorKind = intent.authorKind;
        const result = await actions.save(null, form(fields));
        const failure = failed(result);
        if (failure) return failure;
        if (result?.ok && result.data) {
          baseRef.current = result.data.number;
          savedRef.current = body;
          pausedRef.current = false;
          prev = { savedNumber: result.data.number, savedBody: body, error: null, fieldErrors: {}, message: null };
        }
      } else if (intent.kind === "save") {
        return { ...prev, message: "No changes since the last version." };
      }

      if (intent.kind === "restore") {
        const result = await actions.restore(null, form({ number: intent.number, baseNumber: baseRef.current }));
        const failure = failed(result);
        if (failure) return failure;
        if (result?.ok && result.data) {
          baseRef.current = result.data.number;
          savedRef.current = result.data.body;
          pausedRef.current = false;
          setText(result.data.body);
          return {
            savedNumber: result.data.number,
            savedBody: result.data.body,
            error: null,
            fieldErrors: {},
            message: `Restored version ${intent.number}.`,
          };
        }
      }
      if (intent.kind === "submit") {
        const result = await actions.submit(null, form(intent.overrideReason ? { overrideReason: intent.overrideReason } : {}));
        return failed(result, false) ?? { ...prev, fieldErrors: {}, message: result?.ok ? (result.message ?? null) : null };
      }
      return prev;
    },
    { savedNumber: initialNumber, savedBody: initialBody, error: null, fieldErrors: {}, message: null },
  );

  // Autosave every few seconds while there are unsaved changes.
  useEffect(() => {
    if (!canEdit) return;
    const timer = setInterval(() => {
      if (textRef.current !== savedRef.current && !pausedRef.current) startTransition(() => run({ kind: "autosave" }));
    }, AUTOSAVE_MS);
    return () => clearInterval(timer);
  }, [canEdit, run]);

  const dirty = text !== state.savedBody;
  const getText = useCallback(() => textRef.current, []);
  const replaceRange = (start: number, end: number, insert: string) => {
    const before = textRef.current;
    startTransition(() => run({ kind: "checkpoint", body: before }));
    setText(before.slice(0, start) + insert + before.slice(end));
  };
  const draft: Draft = { orderId, text, getText, setText, selectionRef, replaceRange, dirty, canEdit, state, pending, run };
  return <DraftContext.Provider value={draft}>{children}</DraftContext.Provider>;
}

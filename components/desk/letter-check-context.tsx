"use client";
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import type { CheckedSuggestion, LetterCheckApi, NotedPassage } from "@/components/assist/letter-check";
import { remapRanges } from "@/lib/editor/remap-ranges";
import type { FactCheck } from "@/lib/facts/fact-kinds";
import type { ProofreadSuggestion } from "@/lib/proofread/suggestion";
import { useLetterDraft } from "./letter-draft-context";

const CheckContext = createContext<LetterCheckApi | null>(null);

export function useLetterCheck(): LetterCheckApi {
  const check = useContext(CheckContext);
  if (!check) throw new Error("useLetterCheck is used outside LetterCheckProvider");
  return check;
}

/**
 * Proofreading of the letter being written, shared by the marks in the editor and the list in the
 * assistance panel, so accepting or dismissing in one updates the other. The letter is checked when
 * the workspace opens and after every save; suggestions move with the words they are about while
 * the writer types, and one whose words were edited disappears until the next check.
 */
export function LetterCheckProvider({ children, passages: notedPassages = [] }: { children: ReactNode; passages?: NotedPassage[] }) {
  const { orderId, text, getText, replaceRange, canEdit, state } = useLetterDraft();
  const [suggestions, setSuggestions] = useState<CheckedSuggestion[]>([]);
  const [passages, setPassages] = useState(() => stillThere(notedPassages, text));
  const [facts, setFacts] = useState<FactCheck[] | null>(null);
  const [checking, setChecking] = useState(false);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // Follow the text: adjusted while rendering, so marks and list never show stale places.
  const [seen, setSeen] = useState(text);
  if (seen !== text) {
    setSeen(text);
    setSuggestions((list) => stillThere(remapRanges(list, seen, text), text));
    setPassages((list) => stillThere(remapRanges(list, seen, text), text));
  }

  // Only the newest check's answer is used; an older one arriving late is dropped.
  const latest = useRef(0);
  const request = useCallback(
    async (quick: boolean): Promise<(() => void) | null> => {
      const asked = getText();
      const id = ++latest.current;
      const response = await fetch("/api/proofread", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(quick ? { orderId, text: asked, quick } : { orderId, text: asked }),
      });
      const body = (await response.json()) as { suggestions: ProofreadSuggestion[]; facts: FactCheck[]; error?: string };
      if (!response.ok) throw new Error(body.error ?? "The letter could not be checked.");
      if (id !== latest.current) return null;
      return () => {
        // The writer may have typed while it was checked: place the results in the text as it is now.
        const now = getText();
        const found = body.suggestions.map((s) => ({ ...s, flagged: asked.slice(s.start, s.end) }));
        setSuggestions(stillThere(remapRanges(found, asked, now), now));
        setFacts(body.facts);
      };
    },
    [orderId, getText],
  );

  const check = async () => {
    setChecking(true);
    setProblem(null);
    try {
      (await request(false))?.();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : "The letter could not be checked.");
    } finally {
      setChecking(false);
    }
  };

  // Checked quietly when the workspace opens and after each save (autosave included), without the
  // AI pass; a quiet check that fails (offline, rate limit) keeps the marks it has.
  const savedNumber = state.savedNumber;
  useEffect(() => {
    if (!canEdit || getText().trim() === "") return;
    request(true)
      .then((apply) => apply?.())
      .catch(() => {});
  }, [canEdit, savedNumber, request, getText]);

  const accept = (suggestion: CheckedSuggestion) => {
    const replacement = suggestion.replacements[0];
    if (replacement === undefined) return;
    // Only the exact words that were flagged are replaced.
    if (getText().slice(suggestion.start, suggestion.end) !== suggestion.flagged) {
      setProblem("The letter has changed since it was checked. Check it again.");
      return;
    }
    setProblem(null);
    replaceRange(suggestion.start, suggestion.end, replacement);
  };

  async function post(url: string, body: unknown, suggestion: CheckedSuggestion, drop: (s: CheckedSuggestion) => boolean) {
    setBusyKey(suggestion.key);
    setProblem(null);
    try {
      const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      if (!response.ok) {
        const { error } = (await response.json().catch(() => ({}))) as { error?: string };
        throw new Error(error ?? "That did not work. Try again.");
      }
      setSuggestions((list) => list.filter((s) => !drop(s)));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : "That did not work. Try again.");
    } finally {
      setBusyKey(null);
    }
  }

  const dismiss = (s: CheckedSuggestion) => void post("/api/proofread/dismiss", { orderId, key: s.key }, s, (other) => other.key === s.key);
  const addWord = (s: CheckedSuggestion) =>
    void post("/api/proofread/dictionary", { word: s.flagged }, s, (other) => other.kind === "spelling" && other.flagged.toLowerCase() === s.flagged.toLowerCase());

  const api: LetterCheckApi = { suggestions, passages, facts, checking, busyKey, problem, check, accept, dismiss, addWord };
  return <CheckContext.Provider value={api}>{children}</CheckContext.Provider>;
}

/** Suggestions (or noted passages) whose words are still the ones flagged. */
function stillThere<T extends { start: number; end: number; flagged: string }>(list: T[], text: string): T[] {
  return list.filter((s) => text.slice(s.start, s.end) === s.flagged);
}

"use client";
import { startTransition } from "react";
import { AssistPanel, type InsertMode } from "@/components/assist/assist-panel";
import { useLetterDraft } from "./letter-draft-context";

/**
 * The assistance panel wired to the letter being written. Before AI text goes in, the writer's own
 * words are saved as theirs; once it is in, that text is saved as an AI version. So the versions
 * (and the AI share measured from them on submit) say who wrote what.
 */
export function WorkspaceAssistance() {
  const { orderId, getText, setText, textarea, run } = useLetterDraft();
  const selection = () => {
    const text = getText();
    const el = textarea.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    return { start, end, text: text.slice(start, end) };
  };
  const keepWritersWords = () => startTransition(() => run({ kind: "checkpoint", body: getText() }));
  const replaceRange = (start: number, end: number, insert: string) => {
    keepWritersWords();
    const text = getText();
    setText(text.slice(0, start) + insert + text.slice(end));
  };
  const insert = (added: string, mode: InsertMode) => {
    if (mode === "replace-all") {
      keepWritersWords();
      setText(added);
    } else if (mode === "append") {
      replaceRange(getText().length, getText().length, added);
    } else {
      const { start, end } = selection();
      replaceRange(start, end, added);
    }
  };
  return (
    <AssistPanel
      orderId={orderId}
      getText={getText}
      getSelection={selection}
      onInsert={insert}
      onReplaceRange={replaceRange}
      onAiFinished={() => startTransition(() => run({ kind: "checkpoint", authorKind: "ai" }))}
    />
  );
}

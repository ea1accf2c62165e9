"use client";
import { startTransition } from "react";
import { AssistPanel, type InsertMode } from "@/components/assist/assist-panel";
import { useLetterCheck } from "./letter-check-context";
import { useLetterDraft } from "./letter-draft-context";

/**
 * The assistance panel wired to the letter being written. Before AI text goes in, the writer's own
 * words are saved as theirs; once it is in, that text is saved as an AI version. So the versions
 * (and the AI share measured from them on submit) say who wrote what.
 */
export function WorkspaceAssistance() {
  const { orderId, getText, selectionRef, replaceRange, run } = useLetterDraft();
  const check = useLetterCheck();
  const selection = () => {
    const text = getText();
    const { start, end } = selectionRef.current?.() ?? { start: text.length, end: text.length };
    return { start, end, text: text.slice(start, end) };
  };
  const insert = (added: string, mode: InsertMode) => {
    if (mode === "replace-all") {
      replaceRange(0, getText().length, added);
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
      check={check}
    />
  );
}

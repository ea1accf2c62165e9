"use client";
import { DndContext, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from "@dnd-kit/core";
import { SortableContext, arrayMove, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useState, useTransition, type ReactNode } from "react";
import type { ActionState } from "@/lib/auth/action";

type Letter = { id: string; title: string; content: ReactNode };

/**
 * The letters of one part, reordered by dragging their handle (mouse or touch). The new order
 * shows at once and is saved; if saving fails the list goes back and says why. Keyboards use the
 * Move up/down buttons in each card instead, so the handle is for pointers only.
 */
export function SortableLetters<T>({
  collectionId,
  letters,
  action,
}: {
  collectionId: string;
  letters: Letter[];
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
}) {
  const ids = letters.map((l) => l.id).join("\n");
  const [order, setOrder] = useState(() => letters.map((l) => l.id));
  // The page sends a new order after every save (and after others' changes): follow it, but keep
  // this component, and the message it shows, mounted.
  const [shown, setShown] = useState(ids);
  if (shown !== ids) {
    setShown(ids);
    setOrder(letters.map((l) => l.id));
  }
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, startSaving] = useTransition();
  // A small movement threshold, so a click on a button inside a card is never taken for a drag.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const byId = new Map(letters.map((l) => [l.id, l]));
  const title = (id: string | number) => byId.get(String(id))?.title ?? "the letter";
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up “${title(active.id)}”.`,
    onDragOver: ({ active, over }) => (over ? `“${title(active.id)}” is over “${title(over.id)}”.` : undefined),
    onDragEnd: ({ active, over }) => (over ? `“${title(active.id)}” dropped at the place of “${title(over.id)}”.` : undefined),
    onDragCancel: ({ active }) => `Moving “${title(active.id)}” was cancelled.`,
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const before = order;
    const next = arrayMove(order, order.indexOf(String(active.id)), order.indexOf(String(over.id)));
    setOrder(next);
    startSaving(async () => {
      const form = new FormData();
      form.set("collectionId", collectionId);
      for (const id of next) form.append("orderIds", id);
      const result = await action(null, form);
      if (result?.ok) setMessage({ ok: true, text: result.message ?? "Saved." });
      else {
        setOrder(before);
        setMessage({ ok: false, text: result?.error ?? "The new order could not be saved." });
      }
    });
  }

  return (
    <>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
        <SortableContext items={order} strategy={verticalListSortingStrategy}>
          <ol className="admin-items">
            {order.map((id) => (
              <SortableLetter key={id} id={id}>
                {byId.get(id)?.content}
              </SortableLetter>
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {(saving || message) && (
        <p className={`small ${message && !message.ok ? "alert error" : "muted"}`} role="status">
          {saving ? "Saving the new order…" : message?.text}
        </p>
      )}
    </>
  );
}

function SortableLetter({ id, children }: { id: string; children: ReactNode }) {
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } = useSortable({ id });
  return (
    <li ref={setNodeRef} className={`card sortable-letter${isDragging ? " dragging" : ""}`} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <span ref={setActivatorNodeRef} className="drag-handle" title="Drag to reorder" aria-hidden="true" {...listeners}>
        ⠿
      </span>
      <div className="sortable-letter-body">{children}</div>
    </li>
  );
}

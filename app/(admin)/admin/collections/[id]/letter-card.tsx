import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import type { getCollection } from "@/lib/books/get-collection";
import { givenNames } from "@/lib/books/person-names";
import { occasions } from "@/lib/orders/catalogue";
import { assignPartAction, moveItemAction, removeItemAction, updateItemAction } from "./actions";
import { ItemEditor, PartPicker } from "./collection-forms";

type View = Awaited<ReturnType<typeof getCollection>>;

/** One letter of the book: its place (buttons for the keyboard, a handle for dragging), its part and its text. */
export function LetterCard({
  collectionId,
  item,
  parts,
  first,
  last,
}: {
  collectionId: string;
  item: View["items"][number];
  parts: View["parts"];
  first: boolean;
  last: boolean;
}) {
  const fields = { collectionId, orderId: item.orderId };
  return (
    <>
      <div className="admin-item-head">
        <h3 className="letter-number">{item.title}</h3>
        <div className="row">
          {!first && (
            <ActionButton action={moveItemAction} fields={{ ...fields, direction: "up" }} label="Move up" accessibleLabel={`Move up: “${item.title}”`} variant="quiet" />
          )}
          {!last && (
            <ActionButton action={moveItemAction} fields={{ ...fields, direction: "down" }} label="Move down" accessibleLabel={`Move down: “${item.title}”`} variant="quiet" />
          )}
          <ActionButton action={removeItemAction} fields={fields} label="Remove" accessibleLabel={`Remove “${item.title}” from the book`} variant="quiet" />
        </div>
      </div>
      <p className="small muted">
        {occasions[item.occasion]} · for {item.recipientName ? givenNames(item.recipientName) : "someone"} · <Link href={`/admin/orders/${item.orderId}`}>order</Link>
      </p>
      {!item.publishable && <p className="alert error">Consent was withdrawn or the letter is no longer approved: it will be left out of the book.</p>}
      {parts.length > 0 && (
        <PartPicker action={assignPartAction} collectionId={collectionId} orderId={item.orderId} partId={item.partId} parts={parts} letterTitle={item.title} />
      )}
      <details>
        <summary>Review and edit the text for the book</summary>
        <ItemEditor action={updateItemAction} collectionId={collectionId} orderId={item.orderId} title={item.title} text={item.text} original={item.original} />
      </details>
    </>
  );
}

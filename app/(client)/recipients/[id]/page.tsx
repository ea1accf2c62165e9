import type { Metadata } from "next";
import Link from "next/link";
import { LetterThumbnail } from "@/components/client/letter-thumbnail";
import { formatDay } from "@/components/client/format-date";
import { orNotFound } from "@/components/client/or-not-found";
import { Pager } from "@/components/pager";
import { StatusBadge } from "@/components/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { occasions } from "@/lib/orders/catalogue";
import { formatMoney } from "@/lib/orders/pricing";
import { countryName } from "@/lib/recipients/countries";
import { getRecipient } from "@/lib/recipients/get-recipient";
import { hasPostalAddress } from "@/lib/recipients/has-postal-address";
import type { SearchParams } from "@/lib/lists/list-params";
import { clientOrderFilterSchema, listClientOrders } from "@/lib/orders/list-client-orders";
import { listRepeatLetters } from "@/lib/recurring/list-repeat-letters";

export const metadata: Metadata = { title: "Recipient" };

export default async function RecipientPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePageActor(["client"]);
  const db = await getDb();
  const recipient = await orNotFound(getRecipient(db, actor, (await params).id));
  const { cursor } = clientOrderFilterSchema.parse(await searchParams);
  const [letters, repeats] = await Promise.all([
    listClientOrders(db, actor, { recipientId: recipient.id, cursor }),
    listRepeatLetters(db, actor, { recipientId: recipient.id }),
  ]);
  const address = [
    recipient.addressLine1,
    recipient.addressLine2,
    [recipient.city, recipient.region, recipient.postalCode].filter(Boolean).join(" "),
    countryName(recipient.country),
  ].filter(Boolean);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{recipient.name}</h1>
          {recipient.relationship && <p className="lede">{recipient.relationship}</p>}
        </div>
        <div className="row">
          <Link className="button" href={`/recipients/${recipient.id}/edit`}>
            Edit details
          </Link>
          <Link className="button primary" href={`/orders/new?recipient=${recipient.id}`}>
            Write to {recipient.name}
          </Link>
        </div>
      </div>
      <div className="split">
        <div className="stack">
          {repeats.length > 0 && (
            <section aria-labelledby="repeats-heading">
              <h2 id="repeats-heading">Repeat letters</h2>
              <ul className="plain-list stack">
                {repeats.map((r) => (
                  <li key={r.id} className="card order-line">
                    <Link href={`/orders/${r.sourceOrderId}`}>{occasions[r.occasion]}, every year</Link>
                    <span className="muted small">
                      Next on {formatDay(r.nextDate)} · reminder {r.remindDaysBefore} days before
                    </span>
                    {r.preparedOrderId && <Link href={`/orders/${r.preparedOrderId}`}>Last prepared letter</Link>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="letters-heading">
            <h2 id="letters-heading">Letters</h2>
            {letters.rows.length === 0 ? (
              <p className="card empty">No letters for {recipient.name} yet.</p>
            ) : (
              <ul className="plain-list stack">
                {letters.rows.map((o) => (
                  <li key={o.id} className="card order-line">
                    <LetterThumbnail orderId={o.id} status={o.status} />
                    <Link href={`/orders/${o.id}`}>{occasions[o.occasion]}</Link>
                    <StatusBadge status={o.status} />
                    <span className="muted small">
                      {formatDay(o.createdAt)} · {formatMoney(o.priceCents, o.currency)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <Pager page={letters} total={letters.total} noun={["letter", "letters"]} pathname={`/recipients/${recipient.id}`} />
          </section>
        </div>
        <aside className="card" aria-labelledby="details-heading">
          <h2 id="details-heading">Details</h2>
          <dl className="details">
            <dt>Postal address</dt>
            <dd>
              {hasPostalAddress(recipient) ? (
                <address>
                  {address.map((line) => (
                    <span key={line} className="address-line">
                      {line}
                    </span>
                  ))}
                </address>
              ) : (
                <span className="muted">None yet: letters to {recipient.name} can be sent as a PDF.</span>
              )}
            </dd>
            {recipient.birthday && (
              <>
                <dt>Birthday</dt>
                <dd>{formatDay(recipient.birthday)}</dd>
              </>
            )}
            {recipient.notes && (
              <>
                <dt>Notes</dt>
                <dd className="notes">{recipient.notes}</dd>
              </>
            )}
          </dl>
        </aside>
      </div>
    </>
  );
}

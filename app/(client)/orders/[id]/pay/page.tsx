import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { formatDay } from "@/components/client/format-date";
import { orNotFound } from "@/components/client/or-not-found";
import { OrderActionForm } from "@/components/client/order-action-form";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { serviceModes } from "@/lib/env";
import { deliveries, lengths } from "@/lib/orders/catalogue";
import { getOrderForActor } from "@/lib/orders/get-order-for-actor";
import { formatMoney, quote } from "@/lib/orders/pricing";
import { letterTitle } from "@/lib/payments/letter-title";
import { payOffline, payWithCard } from "./actions";

export const metadata: Metadata = { title: "Pay for your letter" };

export default async function PayPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor(["client"]);
  const order = await orNotFound(getOrderForActor(await getDb(), actor, (await params).id));
  if (order.status !== "draft") redirect(`/orders/${order.id}`);

  const offline = serviceModes().payments === "offline";
  const amount = formatMoney(order.priceCents, order.currency);
  // The breakdown as it was quoted when the order was placed; the amount charged is the stored price.
  const quoted = quote(order, order.createdAt);
  const lines = quoted.totalCents === order.priceCents ? quoted.lines : [{ label: "Your letter", cents: order.priceCents }];
  const title = letterTitle(order, order.recipientName);

  return (
    <div className="pay-page">
      <div className="page-head">
        <div>
          <p className="muted small">
            <Link href={`/orders/${order.id}`}>Back to your order</Link>
          </p>
          <h1>Pay for your letter</h1>
          <p className="lede">Your writer starts as soon as the payment is confirmed.</p>
        </div>
      </div>

      <div className="grid grid-2">
        <section className="card" aria-labelledby="summary-heading">
          <h2 id="summary-heading">{title}</h2>
          <dl className="details">
            <dt>Length</dt>
            <dd>{lengths[order.length].label}</dd>
            <dt>Delivery</dt>
            <dd>
              {deliveries[order.delivery]}
              {order.deadline && `, by ${formatDay(order.deadline)}`}
            </dd>
          </dl>
          <table className="price-lines">
            <caption className="visually-hidden">Price</caption>
            <tbody>
              {lines.map((line) => (
                <tr key={line.label}>
                  <th scope="row">{line.label}</th>
                  <td>{formatMoney(line.cents, order.currency)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td>{amount}</td>
              </tr>
            </tfoot>
          </table>
        </section>

        <section className="card stack" aria-labelledby="pay-heading">
          <h2 id="pay-heading">Payment</h2>
          {offline ? (
            <>
              <div className="offline-payment-box" role="note">
                <p className="offline-payment-title">Offline payment mode — no card is charged</p>
                <p className="small">
                  Stripe is not configured on this server, so paying records the order as paid without taking any money. Use it to try the whole journey.
                </p>
              </div>
              <OrderActionForm action={payOffline} orderId={order.id} label={`Pay ${amount} (offline mode)`} variant="primary" />
            </>
          ) : (
            <>
              <p>You will pay securely on Stripe&rsquo;s checkout page, then come back here.</p>
              <OrderActionForm action={payWithCard} orderId={order.id} label={`Pay ${amount} with card`} variant="primary" />
            </>
          )}
        </section>
      </div>
    </div>
  );
}

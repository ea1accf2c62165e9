import type { Metadata } from "next";
import Link from "next/link";
import { formatDay } from "@/components/client/format-date";
import { StatusBadge } from "@/components/status-badge";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { occasions } from "@/lib/orders/catalogue";
import { listClientOrders } from "@/lib/orders/list-client-orders";
import { formatMoney } from "@/lib/orders/pricing";

export const metadata: Metadata = { title: "My letters" };

export default async function OrdersPage() {
  const actor = await requirePageActor(["client"]);
  const orders = await listClientOrders(await getDb(), actor);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>My letters</h1>
          <p className="lede">Every letter you have ordered, newest first.</p>
        </div>
        <Link className="button primary" href="/orders/new">
          New letter
        </Link>
      </div>
      {orders.length === 0 ? (
        <div className="card empty">
          <p>You have not ordered a letter yet. Tell us who it is for and what you would like to say; a writer does the rest.</p>
          <Link className="button primary" href="/orders/new">
            New letter
          </Link>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Your letters</caption>
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">Occasion</th>
                <th scope="col">Status</th>
                <th scope="col">Price</th>
                <th scope="col">Ordered</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link href={`/orders/${o.id}`}>{o.recipientName ?? "Letter"}</Link>
                  </td>
                  <td>{occasions[o.occasion]}</td>
                  <td>
                    <StatusBadge status={o.status} />
                  </td>
                  <td>{formatMoney(o.priceCents, o.currency)}</td>
                  <td>{formatDay(o.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { LocalTime } from "@/components/local-time";
import { getAdminOverview, OVERVIEW_MAX_AGE_MS } from "@/lib/admin/get-admin-overview";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatMoney } from "@/lib/orders/pricing";
import { statusLabel } from "@/lib/orders/state-machine";

export const metadata: Metadata = { title: "Overview" };

export default async function AdminOverviewPage() {
  const actor = await requirePageActor(["admin"]);
  const overview = await getAdminOverview(await getDb(), actor);
  const largest = Math.max(1, ...overview.byStatus.map((s) => s.count));
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Overview</h1>
          <p className="lede">How the letters are getting on, at a glance.</p>
          <p className="muted small">
            Figures as of <LocalTime value={overview.asOf} />, refreshed every {OVERVIEW_MAX_AGE_MS / 1000} seconds.
          </p>
        </div>
        <Link className="button" href="/admin/orders">
          All orders
        </Link>
      </div>

      <div className="grid grid-3 admin-stats">
        <section className="card" aria-labelledby="revenue-head">
          <h2 id="revenue-head">Revenue</h2>
          {overview.revenue.length === 0 ? (
            <p className="admin-stat">{formatMoney(0)}</p>
          ) : (
            overview.revenue.map((r) => (
              <p className="admin-stat" key={r.currency}>
                {formatMoney(r.cents, r.currency)}
              </p>
            ))
          )}
          <p className="muted small">Payments received, less refunds.</p>
        </section>
        <section className="card" aria-labelledby="week-head">
          <h2 id="week-head">This week</h2>
          <p className="admin-stat">
            {overview.week.approved} <span>letters approved</span>
          </p>
          <p className="muted small">
            {overview.week.placed} orders placed · {overview.week.sent} letters mailed or delivered
          </p>
        </section>
        <section className="card" aria-labelledby="total-head">
          <h2 id="total-head">All orders</h2>
          <p className="admin-stat">{overview.total}</p>
          <p className="muted small">Since the first letter.</p>
        </section>
      </div>

      <section className="card" aria-labelledby="status-head">
        <h2 id="status-head">Orders by status</h2>
        <ul className="bar-chart">
          {overview.byStatus.map(({ status, count }) => (
            <li key={status}>
              <Link className="bar-label" href={`/admin/orders?status=${status}`}>
                {statusLabel(status, "staff")}
              </Link>
              <span className="bar-track" aria-hidden="true">
                <span className={`bar s-${status}`} style={{ width: `${(count / largest) * 100}%` }} />
              </span>
              <span className="bar-value">{count}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

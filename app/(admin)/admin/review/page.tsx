import type { Metadata } from "next";
import Link from "next/link";
import { formatMoment } from "@/components/client/format-date";
import { Deadline } from "@/components/desk/deadline";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listReviewQueue } from "@/lib/desk/list-review-queue";
import { occasions } from "@/lib/orders/catalogue";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage() {
  const actor = await requirePageActor(["editor", "admin"]);
  const queue = await listReviewQueue(await getDb(), actor);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Review queue</h1>
          <p className="lede">Letters the writers have submitted, the longest-waiting first.</p>
        </div>
      </div>
      {queue.length === 0 ? (
        <p className="card empty">Nothing to review: every submitted letter has been read.</p>
      ) : (
        <div className="table-wrap">
          <table className="table desk-table">
            <caption className="visually-hidden">Letters waiting for review</caption>
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col">Occasion</th>
                <th scope="col">Writer</th>
                <th scope="col">Submitted</th>
                <th scope="col">Deadline</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {queue.map((row) => (
                <tr key={row.id}>
                  <td data-label="Recipient">{row.recipientName ?? "Someone special"}</td>
                  <td data-label="Occasion">{occasions[row.occasion]}</td>
                  <td data-label="Writer">{row.writerName ?? "—"}</td>
                  <td data-label="Submitted">{row.submittedAt ? formatMoment(row.submittedAt) : "—"}</td>
                  <td data-label="Deadline">
                    <Deadline deadline={row.deadline} />
                  </td>
                  <td>
                    <Link href={`/admin/review/${row.id}`}>Review</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

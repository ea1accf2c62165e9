import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
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
      <DataTable
        caption="Letters waiting for review"
        rows={queue}
        className="desk-table"
        empty={<p className="card empty">Nothing to review: every submitted letter has been read.</p>}
        columns={[
          { header: "Recipient", cell: (row) => row.recipientName ?? "Someone special" },
          { header: "Occasion", cell: (row) => occasions[row.occasion] },
          { header: "Writer", cell: (row) => row.writerName ?? "—" },
          { header: "Submitted", cell: (row) => (row.submittedAt ? formatMoment(row.submittedAt) : "—") },
          { header: "Deadline", cell: (row) => <Deadline deadline={row.deadline} /> },
          { header: "Action", hideHeader: true, cell: (row) => <Link href={`/admin/review/${row.id}`}>Review</Link> },
        ]}
      />
    </>
  );
}

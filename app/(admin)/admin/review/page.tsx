import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { FilterSelect, ListFilter } from "@/components/list-filter";
import { LocalTime } from "@/components/local-time";
import { Deadline } from "@/components/desk/deadline";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Pager } from "@/components/pager";
import { listReviewQueue, reviewFilterSchema } from "@/lib/desk/list-review-queue";
import { listWriters } from "@/lib/desk/list-writers";
import type { SearchParams } from "@/lib/lists/list-params";
import { occasions } from "@/lib/orders/catalogue";

export const metadata: Metadata = { title: "Review queue" };

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor(["editor", "admin"]);
  const filter = reviewFilterSchema.parse(await searchParams);
  const db = await getDb();
  const [queue, writers] = await Promise.all([listReviewQueue(db, actor, filter), listWriters(db, actor)]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Review queue</h1>
          <p className="lede">Letters the writers have submitted, the longest-waiting first.</p>
        </div>
      </div>
      <ListFilter action="/admin/review" label="Filter the review queue" filtered={Boolean(filter.writer)} submitLabel="Show" clearLabel="Every writer">
        <FilterSelect name="writer" label="Writer" value={filter.writer} any="Every writer" options={writers.map((w) => ({ value: w.id, label: w.name }))} />
      </ListFilter>
      <DataTable
        caption="Letters waiting for review"
        rows={queue.rows}
        className="desk-table"
        empty={
          <p className="card empty">
            {filter.writer ? "Nothing from this writer is waiting for review." : "Nothing to review: every submitted letter has been read."}
          </p>
        }
        columns={[
          { header: "Recipient", cell: (row) => row.recipientName ?? "Someone special" },
          { header: "Occasion", cell: (row) => occasions[row.occasion] },
          { header: "Writer", cell: (row) => row.writerName ?? "—" },
          { header: "Submitted", cell: (row) => <LocalTime value={row.submittedAt} /> },
          { header: "Deadline", cell: (row) => <Deadline deadline={row.deadline} /> },
          { header: "Action", hideHeader: true, cell: (row) => <Link href={`/admin/review/${row.id}`}>Review</Link> },
        ]}
      />
      <Pager page={queue} total={queue.total} noun={["letter", "letters"]} pathname="/admin/review" params={filter} />
    </>
  );
}

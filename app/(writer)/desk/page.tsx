import type { Metadata } from "next";
import Link from "next/link";
import { AssignWriterForm } from "@/components/desk/assign-writer-form";
import { ClaimButton } from "@/components/desk/claim-button";
import { DeskTable } from "@/components/desk/desk-table";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { FilterSelect, ListFilter } from "@/components/list-filter";
import { Pager } from "@/components/pager";
import { ACTIVE_FOR_WRITER, deskFilterSchema, listDeskQueue } from "@/lib/desk/list-desk-queue";
import { listWriters } from "@/lib/desk/list-writers";
import type { SearchParams } from "@/lib/lists/list-params";
import { statusLabel } from "@/lib/orders/state-machine";
import { assign, claim } from "./actions";

export const metadata: Metadata = { title: "My desk" };

export default async function DeskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor(["writer", "editor", "admin"]);
  const db = await getDb();
  const filter = deskFilterSchema.parse(await searchParams);
  const [{ mine, pool }, writers] = await Promise.all([listDeskQueue(db, actor, filter), listWriters(db, actor)]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>My desk</h1>
          <p className="lede">Your letters in progress, and paid letters waiting for a writer. Soonest deadlines first.</p>
        </div>
      </div>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">My letters</h2>
        {(filter.status || mine.total > 10) && (
          <ListFilter action="/desk" label="Filter my letters" filtered={Boolean(filter.status)} submitLabel="Show" clearLabel="Every letter in hand">
            <FilterSelect
              name="status"
              label="Status"
              value={filter.status}
              any="Every letter in hand"
              options={ACTIVE_FOR_WRITER.map((s) => ({ value: s, label: statusLabel(s, "staff") }))}
            />
          </ListFilter>
        )}
        <DeskTable
          caption="My letters"
          rows={mine.rows}
          empty={
            filter.status
              ? `None of your letters is “${statusLabel(filter.status, "staff")}” right now.`
              : actor.role === "writer"
                ? "No letters on your desk yet. Claim one from the open pool below."
                : "Letters on your desk are the ones you write; assign pool letters to writers below."
          }
          action={(row) => (
            <Link href={`/desk/${row.id}`}>Open</Link>
          )}
        />
        <Pager page={mine} total={mine.total} noun={["letter", "letters"]} pathname="/desk" params={filter} param="mine" />
      </section>
      <section aria-labelledby="pool-heading">
        <h2 id="pool-heading">Open pool</h2>
        <DeskTable
          caption="Open pool"
          rows={pool.rows}
          empty="The pool is empty: every paid letter has a writer."
          action={(row) =>
            actor.role === "writer" ? (
              <ClaimButton orderId={row.id} recipientName={row.recipientName ?? "the recipient"} action={claim} />
            ) : (
              <AssignWriterForm
                orderId={row.id}
                writers={writers}
                currentWriterId={null}
                letterName={`the letter to ${row.recipientName ?? "the recipient"}`}
                action={assign}
              />
            )
          }
        />
        <Pager page={pool} total={pool.total} noun={["pool letter", "pool letters"]} pathname="/desk" params={filter} param="pool" />
      </section>
    </>
  );
}

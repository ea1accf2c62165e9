import type { Metadata } from "next";
import Link from "next/link";
import { AssignWriterForm } from "@/components/desk/assign-writer-form";
import { ClaimButton } from "@/components/desk/claim-button";
import { DeskTable } from "@/components/desk/desk-table";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listDeskQueue } from "@/lib/desk/list-desk-queue";
import { listWriters } from "@/lib/desk/list-writers";
import { assign, claim } from "./actions";

export const metadata: Metadata = { title: "My desk" };

export default async function DeskPage() {
  const actor = await requirePageActor(["writer", "editor", "admin"]);
  const db = await getDb();
  const [{ mine, pool }, writers] = await Promise.all([listDeskQueue(db, actor), listWriters(db, actor)]);
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
        <DeskTable
          caption="My letters"
          rows={mine}
          empty={
            actor.role === "writer"
              ? "No letters on your desk yet. Claim one from the open pool below."
              : "Letters on your desk are the ones you write; assign pool letters to writers below."
          }
          action={(row) => (
            <Link href={`/desk/${row.id}`}>Open</Link>
          )}
        />
      </section>
      <section aria-labelledby="pool-heading">
        <h2 id="pool-heading">Open pool</h2>
        <DeskTable
          caption="Open pool"
          rows={pool}
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
      </section>
    </>
  );
}

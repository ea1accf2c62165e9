import type { Metadata } from "next";
import { LocalTime } from "@/components/local-time";
import { DataTable } from "@/components/data-table";
import { requirePageActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getJobsOverview } from "@/lib/jobs/get-jobs-overview";
import { retryJobAction } from "./actions";
import { RetryJobForm } from "./retry-job-form";

export const metadata: Metadata = { title: "Background jobs" };

export default async function AdminJobsPage() {
  const actor = await requirePageActor(["admin"]);
  const { queues, failed } = await getJobsOverview(await getDb(), actor);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Background jobs</h1>
          <p className="lede">
            Work the app does on its own (emails, book compiles, the daily repeat letters), queue by queue. A failing job is
            retried with growing pauses; once its retries are used up it is listed below and copied to the dead letters.
          </p>
        </div>
      </div>
      <DataTable
        caption="Queues and their jobs by state"
        rows={queues.map((q) => ({ ...q, id: q.name }))}
        empty={<p className="card empty">No queues yet.</p>}
        columns={[
          { header: "Queue", cell: (q) => <code>{q.name}</code> },
          { header: "Waiting", className: "amount", cell: (q) => q.waiting },
          { header: "Running", className: "amount", cell: (q) => q.active },
          { header: "Failed", className: "amount", cell: (q) => q.failed },
          { header: "Done", className: "amount", cell: (q) => q.completed },
        ]}
      />
      <h2>Failed jobs</h2>
      <DataTable
        caption="Failed jobs, latest first"
        rows={failed}
        empty={<p className="card empty">No failed jobs.</p>}
        columns={[
          { header: "Queue", cell: (j) => <code>{j.queue}</code> },
          { header: "Job", cell: (j) => <code className="small">{j.id}</code> },
          { header: "Error", cell: (j) => j.error },
          { header: "Attempts", className: "amount", cell: (j) => j.retries + 1 },
          { header: "Failed", cell: (j) => <LocalTime value={j.failedAt} /> },
          { header: "Retry", hideHeader: true, cell: (j) => <RetryJobForm action={retryJobAction} queue={j.queue} id={j.id} /> },
        ]}
      />
    </>
  );
}

import type { ReactNode } from "react";
import { DataTable } from "@/components/data-table";
import { StatusBadge } from "@/components/status-badge";
import type { DeskRow } from "@/lib/desk/list-desk-queue";
import { lengths, occasions } from "@/lib/orders/catalogue";
import { Deadline } from "./deadline";

type Props = {
  caption: string;
  rows: DeskRow[];
  empty: string;
  action: (row: DeskRow) => ReactNode;
};

/** One section of the desk: a table of letters with one action per row. */
export function DeskTable({ caption, rows, empty, action }: Props) {
  return (
    <DataTable
      caption={caption}
      rows={rows}
      className="desk-table"
      empty={<p className="card empty">{empty}</p>}
      columns={[
        { header: "Recipient", cell: (row) => row.recipientName ?? "Someone special" },
        { header: "Occasion", cell: (row) => occasions[row.occasion] },
        {
          header: "Length",
          cell: (row) => (
            <>
              {lengths[row.length].label}{" "}
              <span className="muted small">
                ({lengths[row.length].minWords}–{lengths[row.length].maxWords} words)
              </span>
            </>
          ),
        },
        { header: "Deadline", cell: (row) => <Deadline deadline={row.deadline} /> },
        { header: "Status", cell: (row) => <StatusBadge status={row.status} audience="staff" /> },
        { header: "Action", hideHeader: true, cell: action },
      ]}
    />
  );
}

import type { ReactNode } from "react";
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
  if (rows.length === 0) return <p className="card empty">{empty}</p>;
  return (
    <div className="table-wrap">
      <table className="table desk-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Recipient</th>
            <th scope="col">Occasion</th>
            <th scope="col">Length</th>
            <th scope="col">Deadline</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td data-label="Recipient">{row.recipientName ?? "Someone special"}</td>
              <td data-label="Occasion">{occasions[row.occasion]}</td>
              <td data-label="Length">
                {lengths[row.length].label}{" "}
                <span className="muted small">
                  ({lengths[row.length].minWords}–{lengths[row.length].maxWords} words)
                </span>
              </td>
              <td data-label="Deadline">
                <Deadline deadline={row.deadline} />
              </td>
              <td data-label="Status">
                <StatusBadge status={row.status} audience="staff" />
              </td>
              <td>{action(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

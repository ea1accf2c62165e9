import type { ReactNode } from "react";

export type Column<T> = {
  header: string;
  cell: (row: T) => ReactNode;
  /** For an action column: the header is read to screen readers, not shown. */
  hideHeader?: boolean;
  className?: string;
};

type Props<T> = {
  caption: ReactNode;
  rows: T[];
  columns: Column<T>[];
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  className?: string;
};

/**
 * The one list table: a caption for screen readers, scoped headers, and each cell labelled with
 * its header (`data-label`) so a phone shows each row as a card.
 */
export function DataTable<T extends { id: string }>({ caption, rows, columns, empty, className }: Props<T>) {
  if (rows.length === 0) return <>{empty}</>;
  return (
    <div className="table-wrap">
      <table className={className ? `table data-table ${className}` : "table data-table"}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.hideHeader ? <span className="visually-hidden">{c.header}</span> : c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {columns.map((c) => (
                <td key={c.header} data-label={c.hideHeader ? undefined : c.header} className={c.className}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

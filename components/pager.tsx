import Link from "next/link";

const number = new Intl.NumberFormat("en-US");

type Props = {
  page: { start: number; rows: readonly unknown[]; next: string | null; previous: string | null };
  total: number;
  /** What the rows are, singular and plural: ["order", "orders"]. */
  noun: readonly [string, string];
  /** The list's address with its current filters; the cursor is added to it. */
  pathname: string;
  params?: Record<string, string | undefined>;
  /** The cursor's query parameter: pages with two lists give each its own. */
  param?: string;
};

/**
 * "Showing 51–100 of 2,001 orders" and Previous/Next links: plain links that keep the filters,
 * so paging works without JavaScript and each page has its own address.
 */
export function Pager({ page, total, noun, pathname, params = {}, param = "cursor" }: Props) {
  if (page.rows.length === 0) return null;
  const href = (cursor: string) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value && key !== param) query.set(key, value);
    query.set(param, cursor);
    return `${pathname}?${query}`;
  };
  const first = page.start + 1;
  const last = page.start + page.rows.length;
  const name = total === 1 ? noun[0] : noun[1];
  const summary =
    first === 1 && !page.next ? `${number.format(total)} ${name}` : `Showing ${number.format(first)}–${number.format(last)} of ${number.format(Math.max(total, last))} ${name}`;
  return (
    <nav className="pager" aria-label={`Pages of ${noun[1]}`}>
      <p className="pager-summary muted small">{summary}</p>
      {(page.previous || page.next) && (
        <p className="pager-links">
          {page.previous && (
            <Link href={href(page.previous)} rel="prev" className="button">
              <span aria-hidden="true">←</span> Previous {noun[1]}
            </Link>
          )}
          {page.next && (
            <Link href={href(page.next)} rel="next" className="button">
              Next {noun[1]} <span aria-hidden="true">→</span>
            </Link>
          )}
        </p>
      )}
    </nav>
  );
}

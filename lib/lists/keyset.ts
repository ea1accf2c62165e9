// Keyset (cursor) pagination for every list: a page is "the next N rows after this row" in a
// fixed order that ends with the id, so it costs the same on page 1 and page 2,000 (an OFFSET
// would read and throw away every earlier row) and rows never repeat or vanish between pages.
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { z } from "zod";

/** Rows per page of a list, unless a list has a reason for another size. */
export const PAGE_SIZE = 50;

/** The SQL types a sort key may have; a cursor's values are cast back to them. */
export type KeyType = "timestamptz" | "date" | "uuid" | "text" | "bigint";

/**
 * A list's order: its sort keys, all in one direction, the last one unique (the id), so that every
 * row has exactly one place. One index on the same keys (after the list's equality filters) drives it.
 */
export type Keyset = { keys: { expr: SQL | AnyColumn; type: KeyType }[]; direction: "asc" | "desc" };

/** By a timestamp (newest or oldest first), the id breaking ties: most lists' order. */
export function byTime(at: AnyColumn, id: AnyColumn, direction: Keyset["direction"]): Keyset {
  return {
    keys: [
      { expr: at, type: "timestamptz" },
      { expr: id, type: "uuid" },
    ],
    direction,
  };
}

// Every value travels as Postgres' own text form of it: a timestamp keeps its microseconds, which
// a JavaScript Date would lose (and then rows sharing a millisecond would repeat or be skipped).
const valueSchemas: Record<KeyType, z.ZodType<string>> = {
  timestamptz: z.string().regex(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/),
  date: z.string().regex(/^(\d{4}-\d{2}-\d{2}|infinity)$/),
  uuid: z.uuid(),
  text: z.string().max(500),
  bigint: z.string().regex(/^-?\d{1,19}$/),
};

const cursorSchema = z.object({
  /** "after": the page after this row; "before": the page before it. */
  d: z.enum(["after", "before"]),
  k: z.array(z.string()).min(1).max(6),
  /** Position of the row after (or at) the cursor, for "Showing 51–100": display only. */
  i: z.number().int().min(0).max(100_000_000),
});

type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** The cursor in a link, or null (first page) when it is missing, malformed or for another list. */
export function decodeCursor(raw: string | undefined | null, keyset: Keyset): Cursor | null {
  if (!raw || raw.length > 2000) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const cursor = cursorSchema.safeParse(parsed);
  if (!cursor.success || cursor.data.k.length !== keyset.keys.length) return null;
  const valid = keyset.keys.every((key, n) => valueSchemas[key.type].safeParse(cursor.data.k[n]).success);
  return valid ? cursor.data : null;
}

export type Page<T> = {
  rows: T[];
  /** Zero-based position of the first row, for "Showing 51–100". */
  start: number;
  next: string | null;
  previous: string | null;
};

/** What a list's query must include: the cursor condition, the order, the limit and the key column. */
export type PageQuery = { where: SQL | undefined; orderBy: SQL[]; limit: number; cursorKey: SQL<string> };

function orderBy(keyset: Keyset, reverse: boolean): SQL[] {
  const ascending = (keyset.direction === "asc") !== reverse;
  return keyset.keys.map((key) => (ascending ? sql`${key.expr} asc` : sql`${key.expr} desc`));
}

// A row comparison, (a, b, id) > (x, y, z): one condition an index on (a, b, id) answers directly.
function beyond(keyset: Keyset, values: string[], reverse: boolean): SQL {
  const forward = (keyset.direction === "asc") !== reverse;
  const left = sql.join(
    keyset.keys.map((key) => sql`${key.expr}`),
    sql`, `,
  );
  const right = sql.join(
    keyset.keys.map((key, n) => sql`${values[n]}::${sql.raw(key.type)}`),
    sql`, `,
  );
  return forward ? sql`(${left}) > (${right})` : sql`(${left}) < (${right})`;
}

function cursorKey(keyset: Keyset): SQL<string> {
  const values = keyset.keys.map((key) => sql`(${key.expr})::text`);
  return sql<string>`json_build_array(${sql.join(values, sql`, `)})::text`;
}

/**
 * One page of a list. `fetch` runs the list's own query (its columns, joins, scope and filters)
 * with the given cursor condition, order, limit and `cursorKey` column added; it runs once, or
 * twice when a "previous" link leads back to the start (so the first page is always full).
 */
export async function paginate<T extends { cursorKey: string }>(
  keyset: Keyset,
  rawCursor: string | undefined | null,
  fetch: (query: PageQuery) => Promise<T[]>,
  pageSize = PAGE_SIZE,
): Promise<Page<Omit<T, "cursorKey">>> {
  const cursor = decodeCursor(rawCursor, keyset);
  const key = cursorKey(keyset);
  const keysOf = (row: T) => JSON.parse(row.cursorKey) as string[];
  const strip = (rows: T[]): Omit<T, "cursorKey">[] =>
    rows.map((row) => {
      const rest: Partial<T> = { ...row };
      delete rest.cursorKey;
      return rest as Omit<T, "cursorKey">;
    });
  const forward = async (after: Cursor | null): Promise<Page<Omit<T, "cursorKey">>> => {
    const rows = await fetch({
      where: after ? beyond(keyset, after.k, false) : undefined,
      orderBy: orderBy(keyset, false),
      limit: pageSize + 1,
      cursorKey: key,
    });
    // A stale link past the end of the list: show the first page rather than an empty one.
    if (after && rows.length === 0) return forward(null);
    const page = rows.slice(0, pageSize);
    const start = after?.i ?? 0;
    return {
      rows: strip(page),
      start,
      next: rows.length > pageSize ? encodeCursor({ d: "after", k: keysOf(page[page.length - 1]), i: start + page.length }) : null,
      previous: after && page.length ? encodeCursor({ d: "before", k: keysOf(page[0]), i: start }) : null,
    };
  };
  if (cursor?.d !== "before") return forward(cursor);

  const rows = await fetch({ where: beyond(keyset, cursor.k, true), orderBy: orderBy(keyset, true), limit: pageSize + 1, cursorKey: key });
  if (rows.length <= pageSize) return forward(null); // back at the start of the list
  const page = rows.slice(0, pageSize).reverse();
  // The position is carried in the cursor; rows added since may shift it, but never below 1.
  const start = Math.max(1, cursor.i - pageSize);
  return {
    rows: strip(page),
    start,
    next: encodeCursor({ d: "after", k: keysOf(page[page.length - 1]), i: start + page.length }),
    previous: encodeCursor({ d: "before", k: keysOf(page[0]), i: start }),
  };
}

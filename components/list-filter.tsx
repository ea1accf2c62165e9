import Link from "next/link";
import type { ReactNode } from "react";

type FilterProps = {
  /** The list's address: the form submits to it, and "clear" links back to it. */
  action: string;
  /** Names the form for assistive technology, e.g. "Filter orders". */
  label: string;
  /** Whether any filter is applied now (shows the clear link). */
  filtered: boolean;
  submitLabel?: string;
  clearLabel?: string;
  /** A search form (role="search") rather than a filter. */
  search?: boolean;
  children: ReactNode;
};

/** The filters above a list: a plain GET form, so a filtered list has its own address and works without JavaScript. */
export function ListFilter({ action, label, filtered, submitLabel = "Filter", clearLabel = "Clear filters", search, children }: FilterProps) {
  return (
    <form className="list-filter" method="get" action={action} role={search ? "search" : undefined} aria-label={label}>
      {children}
      <button type="submit" className="button">
        {submitLabel}
      </button>
      {filtered && (
        <Link className="button quiet" href={action}>
          {clearLabel}
        </Link>
      )}
    </form>
  );
}

/** A choice among options, "any" first (the empty value). */
export function FilterSelect({
  name,
  label,
  value,
  any,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  any: string;
  options: readonly { value: string; label: string }[];
}) {
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A text or date input of a filter. */
export function FilterInput({ name, label, value, type = "search" }: { name: string; label: string; value: string | undefined; type?: "search" | "date" }) {
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} name={name} defaultValue={value ?? ""} maxLength={type === "search" ? 100 : undefined} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { lengths } from "@/lib/orders/catalogue";
import { formatMoney, quote, RUSH_DAYS } from "@/lib/orders/pricing";

export const metadata: Metadata = { title: "Pricing" };

export default function PricingPage() {
  const mail = quote({ length: "note", delivery: "mail" }).totalCents - quote({ length: "note", delivery: "pdf" }).totalCents;
  const rushDeadline = new Date().toISOString().slice(0, 10);
  const rush = quote({ length: "note", delivery: "pdf", deadline: rushDeadline }).totalCents - quote({ length: "note", delivery: "pdf" }).totalCents;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Pricing</h1>
          <p className="lede">One price per letter, shown before you pay. Two rounds of changes are included.</p>
        </div>
      </div>
      <div className="grid grid-3">
        {(Object.keys(lengths) as (keyof typeof lengths)[]).map((key) => (
          <div className="card" key={key}>
            <h2>{lengths[key].label}</h2>
            <p className="muted">
              {lengths[key].minWords}–{lengths[key].maxWords} words
            </p>
            <p style={{ fontSize: "1.6rem", fontFamily: "var(--serif)" }}>{formatMoney(quote({ length: key, delivery: "pdf" }).totalCents)}</p>
            <p className="small muted">Delivered as a PDF</p>
          </div>
        ))}
      </div>
      <p>
        Printed on stationery and mailed: {formatMoney(mail)} more. Needed within {RUSH_DAYS} days: {formatMoney(rush)} more.
      </p>
      <Link className="button primary" href="/sign-in">
        Start a letter
      </Link>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { PriceCards } from "@/components/landing/price-cards";

export const metadata: Metadata = { title: "Pricing" };

export default function PricingPage() {
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Pricing</h1>
          <p className="lede">One price per letter, shown before you pay. Two rounds of changes are included.</p>
        </div>
      </div>
      <PriceCards />
      <Link className="button primary" href="/sign-up">
        Start a letter
      </Link>
    </>
  );
}

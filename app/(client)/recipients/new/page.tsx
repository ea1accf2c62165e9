import type { Metadata } from "next";
import Link from "next/link";
import { RecipientForm } from "@/components/client/recipient-form";
import { requirePageActor } from "@/lib/auth/session";
import { countryOptions, DEFAULT_COUNTRY } from "@/lib/recipients/countries";
import { saveRecipient } from "../actions";

export const metadata: Metadata = { title: "Add a recipient" };

export default async function NewRecipientPage({ searchParams }: { searchParams: Promise<{ returnTo?: string }> }) {
  await requirePageActor(["client"]);
  const returnTo = (await searchParams).returnTo === "new-order" ? "new-order" : undefined;
  return (
    <div className="narrow">
      <div className="page-head">
        <div>
          <h1>Add a recipient</h1>
          <p className="lede">Only the name is required. Add a postal address if the letter should be printed and mailed.</p>
        </div>
        <Link href={returnTo ? "/orders/new" : "/recipients"}>{returnTo ? "Back to your letter" : "Back to the address book"}</Link>
      </div>
      <div className="card">
        <RecipientForm
          action={saveRecipient}
          countries={countryOptions()}
          returnTo={returnTo}
          initial={{
            name: "",
            relationship: "",
            addressLine1: "",
            addressLine2: "",
            city: "",
            region: "",
            postalCode: "",
            country: DEFAULT_COUNTRY,
            birthday: "",
            notes: "",
          }}
        />
      </div>
    </div>
  );
}
